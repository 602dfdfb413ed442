package eu.eucaim.workstation.node.auth;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Hands a token to the verifier of the issuer it names ({@code iss}, read before any check): the node's own, or one
 * of the trusted external issuers. The chosen verifier then checks everything, including that {@code iss} again. A
 * trusted issuer's user is provisioned (or brought up to date) in {@link ExternalAccounts} from each token verified
 * in full; a token verified before is known by the verifier that verified it, and not parsed again.
 */
final class IssuerRouter implements TokenVerifier {
    private final Supplier<String> ownIssuer;
    private final TokenVerifier own;
    private final List<TrustedIssuerVerifier> trusted;
    private final ExternalAccounts accounts;

    IssuerRouter(
            Supplier<String> ownIssuer,
            TokenVerifier own,
            List<TrustedIssuerVerifier> trusted,
            ExternalAccounts accounts) {
        this.ownIssuer = ownIssuer;
        this.own = own;
        this.trusted = List.copyOf(trusted);
        this.accounts = accounts;
    }

    @Override
    public VerifiedCaller verify(String accessToken) throws InvalidTokenException {
        Optional<VerifiedCaller> known = own.known(accessToken); // verified before: not parsed again
        if (known.isPresent()) {
            return known.get();
        }
        for (TrustedIssuerVerifier t : trusted) {
            known = t.known(accessToken);
            if (known.isPresent()) {
                return known.get();
            }
        }
        String iss;
        try {
            iss = JWTParser.parse(accessToken).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new InvalidTokenException("The access token is not a JWT");
        }
        if (iss == null || iss.equals(ownIssuer.get())) {
            return own.verify(accessToken);
        }
        String normalised = iss.endsWith("/") ? iss.substring(0, iss.length() - 1) : iss;
        for (TrustedIssuerVerifier t : trusted) {
            if (t.issuer().equals(normalised)) {
                return t.verify(accessToken, accounts::provision);
            }
        }
        throw new InvalidTokenException("The access token's issuer " + iss + " is not trusted by this node");
    }
}
