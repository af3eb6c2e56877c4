-- The day the review of minutes closes (the attendees are told it when the minutes go to review); null before any
-- review, and for reviews opened before this column.
alter table minutes add column review_closes_on date;
