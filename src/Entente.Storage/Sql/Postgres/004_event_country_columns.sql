-- Each event's actor and recipient countries on its own row, space-separated in ordinal order, as event_countries
-- holds them: a list of fifty events read them with a second statement over event_countries, one of the four a list
-- cost. event_countries stays for the filters (a country's or a dyad's events).
ALTER TABLE events
    ADD COLUMN actor_countries text NOT NULL DEFAULT '',
    ADD COLUMN recipient_countries text NOT NULL DEFAULT '';

-- COLLATE "C" sorts by code point, the order the store writes (ordinal), whatever the database's collation.
UPDATE events e SET
    actor_countries = COALESCE((SELECT string_agg(c.country, ' ' ORDER BY c.country COLLATE "C") FROM event_countries c
                                WHERE c.event_id = e.id AND c.side = 'actor'), ''),
    recipient_countries = COALESCE((SELECT string_agg(c.country, ' ' ORDER BY c.country COLLATE "C") FROM event_countries c
                                    WHERE c.event_id = e.id AND c.side = 'recipient'), '');
