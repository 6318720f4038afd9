-- Each event's actor and recipient countries on its own row, space-separated in ordinal order, as event_countries
-- holds them: a list of fifty events read them with a second statement over event_countries, one of the four a list
-- cost. event_countries stays for the filters (a country's or a dyad's events).
ALTER TABLE events ADD COLUMN actor_countries TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN recipient_countries TEXT NOT NULL DEFAULT '';

-- group_concat keeps the order of the rows it reads, which the inner query sorts.
UPDATE events SET
    actor_countries = COALESCE((SELECT group_concat(country, ' ') FROM (
        SELECT country FROM event_countries WHERE event_id = events.id AND side = 'actor' ORDER BY country)), ''),
    recipient_countries = COALESCE((SELECT group_concat(country, ' ') FROM (
        SELECT country FROM event_countries WHERE event_id = events.id AND side = 'recipient' ORDER BY country)), '');
