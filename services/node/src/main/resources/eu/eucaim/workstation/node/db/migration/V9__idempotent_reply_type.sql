-- Writes other than creates honour Idempotency-Key too (the Negotiator's lifecycle events, posts, attachments),
-- and some answer application/hal+json: a replayed reply keeps its content type. NULL (rows kept before) is
-- application/json.
ALTER TABLE idempotency_key ADD COLUMN content_type VARCHAR(255);
