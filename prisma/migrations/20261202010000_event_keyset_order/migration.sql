-- The events list's default order as the read path writes it (undated events last, each direction
-- with its own sentinel), so a keyset page seeks in the index instead of sorting every event.
-- Expression indexes cannot be declared in schema.prisma; they live here only.
CREATE INDEX "Event_occurred_desc_order_idx" ON "Event" ((coalesce("occurredStart", '-infinity'::date)) DESC, "firstReportedOn" DESC, "id" DESC);
CREATE INDEX "Event_occurred_asc_order_idx" ON "Event" ((coalesce("occurredStart", 'infinity'::date)), "firstReportedOn", "id");
-- The confidence order's keys, in order.
CREATE INDEX "Event_confidence_order_idx" ON "Event" ("confidence", "firstReportedOn", "id");
