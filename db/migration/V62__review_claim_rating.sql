-- The truth rating of the claim a quote makes, apart from the attribution verdict: the rating's words as the
-- fact-checker chose them from the configured scale (verbatim.claim-rating.scale), and their explanation.
ALTER TABLE quote ADD COLUMN claim_rating VARCHAR(60) NULL;
ALTER TABLE quote ADD COLUMN claim_rating_note VARCHAR(4000) NULL;
ALTER TABLE quote_aud ADD COLUMN claim_rating VARCHAR(60) NULL;
ALTER TABLE quote_aud ADD COLUMN claim_rating_note VARCHAR(4000) NULL;
ALTER TABLE review ADD COLUMN claim_rating VARCHAR(60) NULL;
ALTER TABLE review_aud ADD COLUMN claim_rating VARCHAR(60) NULL;
