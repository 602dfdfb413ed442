package eu.eucaim.workstation.node.auth;

/** A validated authorization request, waiting for the user to sign in. */
record AuthorizationRequest(
        String clientId, String redirectUri, String state, String codeChallenge, String scope, String nonce) {}
