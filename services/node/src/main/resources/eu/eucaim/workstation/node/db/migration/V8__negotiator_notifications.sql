-- What the Negotiator tells people (negotiator.Notifier): a status change or a new message notifies the other
-- parties, never the one who made it, once each. Every notification also waits in the e-mail outbox, threaded per
-- negotiation (Message-ID, References), for a sender to send (none is configured by default).
CREATE TABLE negotiator_notification (
    id             BIGINT        NOT NULL PRIMARY KEY,
    recipient_id   BIGINT        NOT NULL REFERENCES negotiator_person (id),
    negotiation_id VARCHAR(64)   NOT NULL REFERENCES negotiation (id),
    title          VARCHAR(256)  NOT NULL,
    message        TEXT          NOT NULL,
    read_flag      BOOLEAN       NOT NULL,
    created_at     BIGINT        NOT NULL
);

CREATE INDEX negotiator_notification_recipient ON negotiator_notification (recipient_id, id);

CREATE TABLE negotiator_email_outbox (
    notification_id BIGINT        NOT NULL PRIMARY KEY REFERENCES negotiator_notification (id),
    recipient       VARCHAR(256)  NOT NULL,
    subject         VARCHAR(512)  NOT NULL,
    body            TEXT          NOT NULL,
    message_id      VARCHAR(512)  NOT NULL,
    thread_id       VARCHAR(512)  NOT NULL,
    created_at      BIGINT        NOT NULL,
    sent_at         BIGINT
);
