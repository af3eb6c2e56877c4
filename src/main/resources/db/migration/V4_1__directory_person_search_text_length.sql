-- The folded names are stored in both orders ("given family | family given"): with the form's limit of 100
-- characters per name that is up to 405 characters, more than the 300 first planned.
alter table person alter column search_text type varchar(1000);
