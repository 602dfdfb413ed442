-- Sign-in: the node as an OpenID Connect provider for demo users. Portable SQL (H2 2.3 and PostgreSQL 15).
-- No secret is stored in the clear except the signing key, which must be usable; codes, refresh tokens and
-- passwords are stored as hashes only, so a copy of the database does not let anyone sign in.

-- Demo users; the password is PBKDF2WithHmacSHA256(password, salt, iterations), base64.
CREATE TABLE auth_user (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    display_name  VARCHAR(256) NOT NULL,
    email         VARCHAR(256),
    password_salt VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(128) NOT NULL,
    iterations    INTEGER      NOT NULL
);

CREATE TABLE auth_user_role (
    user_id VARCHAR(64) NOT NULL REFERENCES auth_user (id),
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Which biobanks' datasets a data steward represents.
CREATE TABLE auth_steward_biobank (
    user_id    VARCHAR(64) NOT NULL REFERENCES auth_user (id),
    biobank_id VARCHAR(64) NOT NULL REFERENCES biobank (id),
    PRIMARY KEY (user_id, biobank_id)
);

-- The RSA signing key as a private JWK (JSON); generated on first start.
CREATE TABLE auth_signing_key (
    kid        VARCHAR(64)   NOT NULL PRIMARY KEY,
    jwk        VARCHAR(8000) NOT NULL,
    created_at BIGINT        NOT NULL
);

-- One sign-in: the code and every refresh token descending from it; revoking it ends them all.
CREATE TABLE auth_grant (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id    VARCHAR(64) NOT NULL REFERENCES auth_user (id),
    revoked    BOOLEAN     NOT NULL,
    created_at BIGINT      NOT NULL
);

-- Authorization codes by SHA-256; single use (used flips once), short-lived.
CREATE TABLE auth_code (
    code_hash      VARCHAR(64)   NOT NULL PRIMARY KEY,
    grant_id       VARCHAR(64)   NOT NULL REFERENCES auth_grant (id),
    client_id      VARCHAR(128)  NOT NULL,
    redirect_uri   VARCHAR(2048) NOT NULL,
    code_challenge VARCHAR(128)  NOT NULL,
    scope          VARCHAR(512)  NOT NULL,
    nonce          VARCHAR(512),
    expires_at     BIGINT        NOT NULL,
    used           BOOLEAN       NOT NULL
);

-- Rotating refresh tokens by SHA-256: each use marks the token used and issues a new one.
CREATE TABLE auth_refresh_token (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    grant_id   VARCHAR(64)  NOT NULL REFERENCES auth_grant (id),
    client_id  VARCHAR(128) NOT NULL,
    scope      VARCHAR(512) NOT NULL,
    expires_at BIGINT       NOT NULL,
    used       BOOLEAN      NOT NULL
);

CREATE INDEX auth_refresh_token_grant ON auth_refresh_token (grant_id);
