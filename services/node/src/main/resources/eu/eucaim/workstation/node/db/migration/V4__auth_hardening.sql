-- Sign-in hardening (issue 14). Portable SQL (H2 2.3 and PostgreSQL 15).

-- The node's own secrets, by purpose, generated on first use: e.g. 'login-form', the HMAC-SHA256 key that signs
-- the authorization request a login form carries (auth.LoginForms), so that no sign-in waits in server memory.
-- Base64 of 32 random bytes.
CREATE TABLE auth_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at BIGINT       NOT NULL
);

-- Users of trusted issuers, provisioned from their access tokens' claims when they first call the node and brought
-- up to date whenever those claims change (auth.ExternalAccounts). Keyed by issuer and subject: an account here is
-- issuer#subject (http.Caller.account). roles: the workstation roles the issuer's settings mapped from the token,
-- space-separated claim names (e.g. 'data_steward researcher').
CREATE TABLE auth_external_account (
    issuer       VARCHAR(512) NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    username     VARCHAR(255) NOT NULL,
    display_name VARCHAR(512) NOT NULL,
    email        VARCHAR(320),
    roles        VARCHAR(256) NOT NULL,
    first_seen   BIGINT       NOT NULL,
    last_changed BIGINT       NOT NULL,
    PRIMARY KEY (issuer, subject)
);
