package eu.eucaim.workstation.api.error;

/**
 * The JSON body of every error the node returns: {@code {"error": "not_found", "message": "No dataset 'x'"}}.
 *
 * @param error   a stable machine-readable code (snake_case), e.g. {@code not_found}, {@code bad_request}
 * @param message a sentence for people, naming what was wrong
 */
public record ErrorBody(String error, String message) {}
