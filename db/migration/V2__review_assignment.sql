-- "Assign to me": who is working on a pending quote.
ALTER TABLE quote ADD COLUMN assigned_to VARCHAR(80) NULL;
ALTER TABLE quote ADD KEY ix_quote_assigned (assigned_to);
ALTER TABLE quote_aud ADD COLUMN assigned_to VARCHAR(80) NULL;
