-- A country's events newest first (the country page, the overview, /api/events?country=) as one range of a key:
-- filtering the events by event_countries read every event of the country and sorted them all for the first few.
-- One row per event and country, whichever side it is on, so an event listed for a country on both sides is
-- listed once. The day is copied from the event as in event_dyads; an undated event gets -1, below every day, so
-- the key's order is the list's order (latest day first, undated last, then newest id first).
CREATE TABLE event_country_days (
    country    text NOT NULL,
    day_number integer NOT NULL, -- the event's day as days since 0001-01-01 (.NET DateOnly.DayNumber), -1 if undated
    event_id   bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (country, day_number, event_id)
);
CREATE INDEX event_country_days_event ON event_country_days (event_id);

INSERT INTO event_country_days (country, day_number, event_id)
SELECT DISTINCT c.country, COALESCE(e.day - DATE '0001-01-01', -1), e.id
FROM event_countries c JOIN events e ON e.id = c.event_id;
