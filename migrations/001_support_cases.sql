-- Cases the procedure opens for customers, and the notes agents keep on them.
-- One open case per order, parcel and kind is the database's promise, not the
-- application's: two instances opening the same case at once get the same row.

CREATE TABLE support_cases (
  reference        text PRIMARY KEY,
  kind             text NOT NULL,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  order_number     text NOT NULL,
  shipment_id      text,
  -- A case about the whole order has no shipment; '' stands in for it so the unique index below treats two such cases as equal (NULLs never are).
  shipment_key     text GENERATED ALWAYS AS (coalesce(shipment_id, '')) STORED,
  customer_said    text NOT NULL,
  details          text,
  conversation_id  text,
  opened_at        timestamptz NOT NULL
);

CREATE UNIQUE INDEX support_cases_one_open_per_parcel
  ON support_cases (order_number, shipment_key, kind)
  WHERE status = 'open';

CREATE TABLE case_notes (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  reference  text NOT NULL REFERENCES support_cases (reference),
  text       text NOT NULL,
  added_at   timestamptz NOT NULL
);

CREATE INDEX case_notes_by_case ON case_notes (reference, id);
