import { copyLine } from "../db/copy-format";
import type { Evidence, OrchardRules } from "../orchard";
import { fuzzyDay, isoDay, type Precision } from "./calendar";
import { EVENT_KINDS } from "./event-types";
import { figureText, planFigure } from "./figures";
import type { TableRows } from "./entity-rows";
import type { CorpusPlan } from "./plan";
import { cumulative, Draw, STREAM } from "./prng";
import type { IdBases } from "./source-rows";

/**
 * COPY lines of Event (marked synthetic), EventParticipant and Figure. An event's first-reported
 * day is its earliest citing source's; its date comes a few days before (or, for plans, after);
 * status and confidence follow Orchard's rule over its citations.
 */
const PRECISIONS: readonly Precision[] = ["DAY", "MONTH", "QUARTER", "HALF", "YEAR"];
const PRECISION_WEIGHTS = cumulative([60, 22, 10, 3, 5]);
const FUTURE_TYPES = new Set(["RELEASE_PLAN", "DELAY"]);

function evidenceOf(plan: CorpusPlan, event: number, ids: IdBases): Evidence[] {
  const evidence: Evidence[] = [];
  for (let k = plan.citationStart[event]; k < plan.citationStart[event + 1]; k++) {
    const source = k % plan.sources;
    const citation = plan.citationTraits(k);
    const { publisherId } = plan.sourceTraits(source);
    evidence.push({
      sourceId: ids.source + source,
      stance: citation.stance,
      attributed: citation.attributedToId !== null,
      origin: citation.attributedToId !== null ? `org:${citation.attributedToId}` : publisherId !== null ? `org:${publisherId}` : `source:${source}`,
      official: citation.official,
      publisherKnown: publisherId !== null,
    });
  }
  return evidence;
}

export function eventRows(plan: CorpusPlan, ids: IdBases, rules: OrchardRules, now: string): TableRows[] {
  const { entities } = plan;
  /** When an event happened: drawn from the event's own stream, so the same for its participations. */
  const occurrenceOf = (event: number) => {
    const draw = new Draw(entities.seed, STREAM.event, event + 0x40000000);
    const reported = plan.reportedDay[event];
    const dated = draw.chance(0.85);
    const day = FUTURE_TYPES.has(EVENT_KINDS[plan.kind[event]].type) ? reported + draw.int(30, 300) : reported - draw.int(0, 10);
    return dated ? fuzzyDay(day, PRECISIONS[draw.weighted(PRECISION_WEIGHTS)]) : null;
  };
  const figureOf = (event: number, f: number) => planFigure(EVENT_KINDS[plan.kind[event]].type, new Draw(entities.seed, STREAM.figure, f), plan.reportedDay[event]);
  return [
    {
      table: "Event",
      columns: [
        "id",
        "key",
        "type",
        "title",
        "occurredText",
        "occurredStart",
        "occurredEnd",
        "occurredPrecision",
        "firstReportedOn",
        "firstReportedSourceId",
        "status",
        "confidence",
        "updatedAt",
        "synthetic",
      ],
      *lines() {
        for (let event = 0; event < plan.events; event++) {
          const kind = EVENT_KINDS[plan.kind[event]];
          const reported = plan.reportedDay[event];
          const participants = plan.participants(event);
          const name = (index: number) => entities.name(participants[Math.min(index, participants.length - 1)].id);
          let title = kind.title.replace("{a}", () => name(0)).replace("{b}", () => name(1));
          if (plan.figureStart[event + 1] > plan.figureStart[event]) title += ` (${figureText(figureOf(event, plan.figureStart[event]), "en")})`;
          const occurred = occurrenceOf(event);
          const { status, confidence } = rules.assessEvidence(evidenceOf(plan, event, ids));
          yield copyLine([
            ids.event + event,
            `syn-ev-${event}`,
            kind.type,
            title,
            occurred?.text,
            occurred && isoDay(occurred.start),
            occurred && isoDay(occurred.end),
            occurred?.precision,
            isoDay(reported),
            ids.source + plan.firstSource(event),
            status,
            confidence,
            now,
            true,
          ]);
        }
      },
    },
    {
      table: "EventParticipant",
      // The event's type and order keys are copied in (what Orchard's trigger would otherwise look up per row).
      columns: ["eventId", "entityId", "role", "eventType", "occurredStart", "firstReportedOn"],
      *lines() {
        for (let event = 0; event < plan.events; event++) {
          const occurred = occurrenceOf(event);
          const keys = [EVENT_KINDS[plan.kind[event]].type, occurred && isoDay(occurred.start), isoDay(plan.reportedDay[event])];
          for (const participant of plan.participants(event)) yield copyLine([ids.event + event, participant.id, participant.role, ...keys]);
        }
      },
    },
    {
      table: "Figure",
      columns: [
        "id",
        "eventId",
        "position",
        "kind",
        "metric",
        "value",
        "unit",
        "text",
        "dateText",
        "dateStart",
        "dateEnd",
        "datePrecision",
        "qualifier",
        "firstReportedOn",
        "firstReportedFrom",
        "firstReportedSourceId",
      ],
      *lines() {
        for (let event = 0; event < plan.events; event++) {
          const firstCited = plan.citationStart[event] % plan.sources;
          const { language } = plan.sourceTraits(firstCited);
          for (let f = plan.figureStart[event]; f < plan.figureStart[event + 1]; f++) {
            const figure = figureOf(event, f);
            const date = figure.date;
            yield copyLine([
              ids.figure + f,
              ids.event + event,
              f - plan.figureStart[event],
              figure.kind,
              figure.metric,
              figure.value,
              figure.unit,
              figureText(figure, language.tag),
              date?.text,
              date && isoDay(date.start),
              date && isoDay(date.end),
              date?.precision,
              figure.qualifier,
              isoDay(plan.reportedDay[event]),
              "SOURCE_PUBLISHED",
              ids.source + firstCited,
            ]);
          }
        }
      },
    },
  ];
}
