// Embedded store on SQLite (better-sqlite3): versioned migrations, WAL, one
// transaction per batch, FTS5 over article bodies. All SQL uses bound parameters.
import Database from 'better-sqlite3';
import type { Article, Entity, Location, SitrepEvent, SitrepRecord } from '../model/types.ts';
import type { CompactEvent, EventFilter, EventPage, SaveResult, Stats, Store, StoredEvent } from './store.ts';
import {
  ARTICLE_SPAN, LAST_DAY_KEY, PERIOD_DAYS, TEXT_TABLES, dayKey, firstKeyOf, firstKeyOfPeriod, lastKeyOf, lastKeyOfPeriod,
  periodOf, textKey, textTableOf,
} from './text-key.ts';

type Db = Database.Database;

/** Ordered migrations; a migration never changes once released. */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'articles, events, roles, full-text search',
    sql: `
      CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        source_id TEXT,
        url TEXT,
        title TEXT,
        byline TEXT,
        outlet TEXT,
        language TEXT,
        published TEXT,
        is_article INTEGER NOT NULL,
        body TEXT NOT NULL,
        article_json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);

      CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
      END;

      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        modes TEXT NOT NULL,
        acled_event_type TEXT,
        acled_sub_event_type TEXT,
        modality TEXT NOT NULL,
        hedged INTEGER NOT NULL,
        date TEXT,
        time_start TEXT,
        time_end TEXT,
        time_precision TEXT,
        lat REAL,
        lon REAL,
        fatalities REAL,
        confidence REAL NOT NULL,
        from_caption INTEGER NOT NULL,
        sources INTEGER NOT NULL DEFAULT 1,
        sentence_index INTEGER NOT NULL,
        sentence_text TEXT NOT NULL,
        event_json TEXT NOT NULL
      );
      CREATE INDEX events_date ON events(date, id);
      CREATE INDEX events_type ON events(type, date);
      CREATE INDEX events_article ON events(article_id);

      CREATE TABLE event_roles (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        text TEXT NOT NULL,
        name TEXT,
        country TEXT,
        sector TEXT,
        kind TEXT,
        lat REAL,
        lon REAL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL
      );
      CREATE INDEX event_roles_event ON event_roles(event_id);
      CREATE INDEX event_roles_country ON event_roles(country, event_id);
      CREATE INDEX event_roles_geo ON event_roles(role, lat, lon);
    `,
  },
  {
    version: 2,
    name: 'indexes that serve filtered, time-ordered event pages',
    sql: `
      CREATE INDEX events_type_date_id ON events(type, date, id);
      CREATE INDEX events_modality_date_id ON events(modality, date, id);
    `,
  },
  {
    version: 3,
    name: 'each event under each of its countries, in page order; covering index for place tests',
    sql: `
      CREATE TABLE event_countries (
        country TEXT NOT NULL,
        date TEXT,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        modality TEXT NOT NULL
      );
      INSERT INTO event_countries (country, date, event_id, type, modality)
        SELECT DISTINCT r.country, e.date, e.id, e.type, e.modality
        FROM event_roles r JOIN events e ON e.id = r.event_id WHERE r.country IS NOT NULL;
      CREATE INDEX event_countries_page ON event_countries(country, date, event_id, type, modality);
      CREATE INDEX event_countries_event ON event_countries(event_id);
      CREATE INDEX event_roles_place ON event_roles(event_id, role, lat, lon);
    `,
  },
  {
    version: 4,
    name: 'full-text index merged into one segment, and when it last was',
    sql: `
      CREATE TABLE text_index_state (id INTEGER PRIMARY KEY CHECK (id = 1), merged_articles INTEGER NOT NULL);
      INSERT INTO articles_fts(articles_fts) VALUES ('optimize');
      INSERT INTO text_index_state (id, merged_articles) SELECT 1, COALESCE(MAX(rowid), 0) FROM articles;
    `,
  },
  {
    version: 5,
    name: 'each located event with the box around its places, in page order',
    sql: `
      CREATE TABLE event_places (
        date TEXT,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        min_lon REAL NOT NULL,
        min_lat REAL NOT NULL,
        max_lon REAL NOT NULL,
        max_lat REAL NOT NULL
      );
      INSERT INTO event_places (date, event_id, min_lon, min_lat, max_lon, max_lat)
        SELECT e.date, e.id, MIN(r.lon), MIN(r.lat), MAX(r.lon), MAX(r.lat)
        FROM event_roles r JOIN events e ON e.id = r.event_id
        WHERE r.role = 'location' AND r.lat IS NOT NULL AND r.lon IS NOT NULL GROUP BY e.id;
      CREATE INDEX event_places_page ON event_places(date, event_id, min_lon, min_lat, max_lon, max_lat);
      CREATE INDEX event_places_event ON event_places(event_id);
    `,
  },
  {
    version: 6,
    name: 'full-text indexes of articles by day of their events, and each event under its key',
    sql: textIndexMigration(),
  },
];

/**
 * Migration 6. Each row of the event_text_N tables is an article under one day of its events
 * (rowid = its text key, see text-key.ts), in the table of that day's period; text_events holds
 * each event under its key. detail=none keeps only which rows hold a word (all a query of ANDed
 * words needs); a quoted word the tokenizer splits is a phrase, answered by articles_fts.
 * Table names come from the constant TEXT_TABLES; the SQL has no values in it.
 */
function textIndexMigration(): string {
  const span = '34359738368'; // ARTICLE_SPAN, 2^35
  return `
    CREATE TABLE text_events (
      key INTEGER NOT NULL,
      type TEXT NOT NULL,
      modality TEXT NOT NULL,
      date TEXT,
      event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      PRIMARY KEY (key, type, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX text_events_event ON text_events(event_id);
    INSERT INTO text_events (key, type, modality, date, event_id)
      SELECT sitrep_text_key(e.date, a.rowid), e.type, e.modality, e.date, e.id FROM events e JOIN articles a ON a.id = e.article_id;
    ${TEXT_TABLES.map((table, i) => `
    CREATE VIRTUAL TABLE ${table} USING fts5(title, body, content='', detail=none, contentless_delete=1);
    INSERT INTO ${table} (rowid, title, body)
      SELECT k.key, a.title, a.body
      FROM (SELECT DISTINCT key FROM text_events WHERE key / ${span} / ${PERIOD_DAYS} % ${TEXT_TABLES.length} = ${i}) k
      JOIN articles a ON a.rowid = k.key % ${span};
    INSERT INTO ${table}(${table}) VALUES ('optimize');`).join('')}
    CREATE TRIGGER event_text_article_delete BEFORE DELETE ON articles BEGIN
      ${TEXT_TABLES.map((table) => `DELETE FROM ${table} WHERE rowid IN
        (SELECT x.key FROM events e JOIN text_events x ON x.event_id = e.id WHERE e.article_id = old.id);`).join('\n      ')}
    END;
  `;
}

export interface SqliteStoreOptions {
  readonly?: boolean;
  /**
   * Answer text queries from articles_fts alone, as before migration 6 (event_text is still kept
   * up to date): for comparing the two plans in tests and benchmarks.
   */
  articleTextIndex?: boolean;
}

export class SqliteStore implements Store {
  readonly db: Db;
  private readonly articleTextIndex: boolean;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.articleTextIndex = options.articleTextIndex ?? false;
    this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // Read pages straight from the OS cache rather than copying each through a read call: on 1M
    // synthetic events a filtered page costs 30-45% less CPU. 2 GiB is SQLite's default ceiling.
    this.db.pragma('mmap_size = 2147418112');
    // For migration 6, which keys the events already stored.
    this.db.function('sitrep_text_key', { deterministic: true }, (date: unknown, rowid: unknown) => {
      if (date !== null && typeof date !== 'string') throw new TypeError(`event date ${String(date)} is not text`);
      return textKey(date, Number(rowid));
    });
  }

  async migrate(): Promise<void> {
    this.migrateSync();
  }

  migrateSync(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(
      (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
    );
    const record = this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        record.run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  }

  schemaVersion(): number {
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  }

  /** Read statements by SQL text: a page query's text depends only on which filters are set. */
  private readonly statements = new Map<string, Database.Statement>();

  private cached(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size > 500) this.statements.clear();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async hasContentHash(hash: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE content_hash = ?').get(hash) !== undefined;
  }

  async saveRecords(records: SitrepRecord[]): Promise<SaveResult> {
    return this.saveRecordsSync(records);
  }

  saveRecordsSync(records: SitrepRecord[]): SaveResult {
    const insertArticle = this.db.prepare(`INSERT OR IGNORE INTO articles
      (id, content_hash, source_id, url, title, byline, outlet, language, published, is_article, body, article_json, ingested_at)
      VALUES (@id, @contentHash, @sourceId, @url, @title, @byline, @outlet, @language, @published, @isArticle, @body, @json, @now)`);
    const insertEvent = this.db.prepare(`INSERT OR IGNORE INTO events
      (id, article_id, type, modes, acled_event_type, acled_sub_event_type, modality, hedged, date, time_start, time_end,
       time_precision, lat, lon, fatalities, confidence, from_caption, sentence_index, sentence_text, event_json)
      VALUES (@id, @articleId, @type, @modes, @acledType, @acledSub, @modality, @hedged, @date, @timeStart, @timeEnd,
       @timePrecision, @lat, @lon, @fatalities, @confidence, @fromCaption, @sentenceIndex, @sentenceText, @json)`);
    const insertRole = this.db.prepare(`INSERT INTO event_roles
      (event_id, role, text, name, country, sector, kind, lat, lon, span_start, span_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertCountry = this.db.prepare('INSERT INTO event_countries (country, date, event_id, type, modality) VALUES (?, ?, ?, ?, ?)');
    const insertPlaces = this.db.prepare(`INSERT INTO event_places (date, event_id, min_lon, min_lat, max_lon, max_lat)
      VALUES (?, ?, ?, ?, ?, ?)`);
    const insertTextEvent = this.db.prepare('INSERT INTO text_events (key, type, modality, date, event_id) VALUES (?, ?, ?, ?, ?)');
    // REPLACE: a row left by a deleted article whose rowid was reused must not stay under the key.
    const insertText = new Map(TEXT_TABLES.map((table) =>
      [table, this.db.prepare(`INSERT OR REPLACE INTO ${table} (rowid, title, body) VALUES (?, ?, ?)`)]));
    const now = new Date().toISOString();
    const result: SaveResult = { stored: 0, duplicates: 0 };

    this.db.transaction(() => {
      for (const record of records) {
        const article = record.article;
        if (!article.contentHash) throw new Error(`article ${article.id} has no contentHash; it cannot be stored idempotently`);
        const { body, ...rest } = article;
        const inserted = insertArticle.run({
          id: article.id,
          contentHash: article.contentHash,
          sourceId: article.sourceId,
          url: article.url,
          title: article.title,
          byline: article.byline,
          outlet: article.outlet,
          language: article.language,
          published: article.published?.value ?? null,
          isArticle: article.isArticle ? 1 : 0,
          body,
          json: JSON.stringify({ ...rest, quotes: record.quotes }),
          now,
        });
        if (inserted.changes === 0) {
          result.duplicates++;
          continue;
        }
        result.stored++;
        const articleRowid = Number(inserted.lastInsertRowid);
        const textKeys = new Set<number>();
        for (const event of record.events) {
          const firstPlace = event.locations.find((l) => l.lat !== null && l.lon !== null);
          const date = eventDate(event, article);
          const eventInsert = insertEvent.run({
            id: event.id,
            articleId: article.id,
            type: event.type,
            modes: JSON.stringify(event.modes),
            acledType: event.acled?.eventType ?? null,
            acledSub: event.acled?.subEventType ?? null,
            modality: event.modality,
            hedged: event.hedged ? 1 : 0,
            date,
            timeStart: event.time?.start ?? null,
            timeEnd: event.time?.end ?? null,
            timePrecision: event.time?.precision ?? null,
            lat: firstPlace?.lat ?? null,
            lon: firstPlace?.lon ?? null,
            fatalities: event.magnitude.dead?.value ?? event.magnitude.dead?.low ?? null,
            confidence: event.confidence,
            fromCaption: event.fromCaption ? 1 : 0,
            sentenceIndex: event.sentence.index,
            sentenceText: event.sentence.text,
            json: JSON.stringify(event),
          });
          if (eventInsert.changes === 0) continue;
          const key = textKey(date, articleRowid);
          insertTextEvent.run(key, event.type, event.modality, date, event.id);
          textKeys.add(key);
          const role = (name: string, e: Entity) =>
            insertRole.run(event.id, name, e.text, e.name, e.country, e.sector, e.kind, null, null, e.span[0], e.span[1]);
          const place = (l: Location) =>
            insertRole.run(event.id, 'location', l.text, l.name, l.country, null, l.precision, l.lat, l.lon, l.span[0], l.span[1]);
          event.actors.forEach((e) => role('actor', e));
          event.recipients.forEach((e) => role('recipient', e));
          event.locations.forEach(place);
          const countries = new Set([...event.actors, ...event.recipients, ...event.locations].map((e) => e.country));
          for (const country of countries) if (country) insertCountry.run(country, date, event.id, event.type, event.modality);
          const located = event.locations.filter((l) => l.lat !== null && l.lon !== null);
          if (located.length) {
            const lons = located.map((l) => l.lon!);
            const lats = located.map((l) => l.lat!);
            insertPlaces.run(date, event.id, Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats));
          }
        }
        // The article's text once under each day of its events.
        for (const key of textKeys) insertText.get(textTableOf(periodOf(key)))!.run(key, article.title, body);
      }
    })();
    if (result.stored > 0) this.mergeTextIndexWhenGrown();
    return result;
  }

  /**
   * Merges the full-text indexes (articles_fts, event_text_N) into one segment each once the articles have grown by a quarter since
   * the last merge. Each added batch leaves segments behind, and a lookup visits every one: on
   * 100,000 articles a per-article probe costs 53 us unmerged and 10 us merged; a merge takes
   * about 1 s there. Growing by a quarter each time keeps the total merge work within 5 times one
   * merge of the final store.
   */
  private mergeTextIndexWhenGrown(): void {
    const articles = (this.db.prepare('SELECT MAX(rowid) AS n FROM articles').get() as { n: number | null }).n ?? 0;
    const merged = (this.db.prepare('SELECT merged_articles AS n FROM text_index_state').get() as { n: number }).n;
    if (articles < merged * 1.25 + 500) return;
    this.db.transaction(() => {
      this.db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`);
      for (const table of TEXT_TABLES) this.db.exec(`INSERT INTO ${table}(${table}) VALUES ('optimize')`);
      this.db.prepare('UPDATE text_index_state SET merged_articles = ?').run(articles);
    })();
  }

  async queryEvents(filter: EventFilter): Promise<EventPage> {
    const { rows, nextCursor } = this.eventPage(filter);
    return { events: rows.map(toStoredEvent), nextCursor };
  }

  async queryEventsJson(filter: EventFilter): Promise<{ events: string[]; nextCursor: string | null }> {
    const { rows, nextCursor } = this.eventPage(filter);
    return { events: rows.map(storedEventJson), nextCursor };
  }

  private eventPage(filter: EventFilter): { rows: EventRow[]; nextCursor: string | null } {
    const limit = Math.max(1, Math.min(filter.limit ?? 100, 1000));
    const descending = filter.order === 'desc';
    const after = filter.cursor ? decodeCursor(filter.cursor) : null;
    const ids = this.textPageIds(filter, limit + 1, descending, after);
    let rows: EventRow[];
    if (ids) {
      rows = this.cached(`SELECT e.id, e.article_id AS articleId, e.date, e.sources, e.event_json AS json
        FROM json_each(?) j CROSS JOIN events e ON e.id = j.value ORDER BY j.key`).all(JSON.stringify(ids)) as EventRow[];
    } else {
      const { from, key, where, params } = selectEvents(filter);
      if (after) {
        const clause = cursorClause(after[0], after[1], descending, key);
        where.push(clause.sql);
        params.push(...clause.params);
      }
      // Plain (date, id) ordering so the (…, date, id) indexes serve it; SQLite puts NULL dates first.
      const direction = descending ? 'DESC' : 'ASC';
      const sql = `SELECT e.id, e.article_id AS articleId, e.date, e.sources, e.event_json AS json
        FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
        ORDER BY ${key.date} ${direction}, ${key.id} ${direction} LIMIT ?`;
      rows = this.cached(sql).all(...params, limit + 1) as EventRow[];
    }
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(last.date, last.id) : null };
  }

  /** Every matching event as a compact row (for maps and timelines), oldest first, at most `limit`. */
  async compactEvents(filter: EventFilter, limit: number): Promise<{ rows: CompactEvent[]; truncated: boolean }> {
    const ids = this.textPageIds(filter, limit + 1, false, null);
    let rows: CompactEvent[];
    if (ids) {
      rows = this.cached(`SELECT e.id, e.date, e.type, e.modality, e.lon, e.lat
        FROM json_each(?) j CROSS JOIN events e ON e.id = j.value ORDER BY j.key`).all(JSON.stringify(ids)) as CompactEvent[];
    } else {
      const { from, key, where, params } = selectEvents(filter);
      const sql = `SELECT e.id, e.date, e.type, e.modality, e.lon, e.lat
        FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
        ORDER BY ${key.date}, ${key.id} LIMIT ?`;
      rows = this.cached(sql).all(...params, limit + 1) as CompactEvent[];
    }
    return { rows: rows.slice(0, limit), truncated: rows.length > limit };
  }

  /**
   * For a text query: the ids of the first `want` selected events in page order (after the cursor),
   * found through event_text, whose rowid order is day order (text-key.ts). The walk takes the
   * matching articles day by day, with their events that pass the filters, and stops at the end of
   * the first day by which it holds `want` events: every later day's events sort after them. So a
   * page costs about the days it spans, however many articles the words match.
   * Null when there is no text query, or when it has a phrase that only articles_fts can answer.
   */
  private textPageIds(filter: EventFilter, want: number, descending: boolean, after: [string | null, string] | null): string[] | null {
    const match = filter.q ? ftsQuery(filter.q) : null;
    if (!match || this.articleTextIndex) return null;
    let low = firstKeyOf(0);
    let high = lastKeyOf(LAST_DAY_KEY);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.type) {
      where.push('x.type = ?');
      params.push(filter.type.toUpperCase());
    }
    if (filter.modality) {
      where.push('x.modality = ?');
      params.push(filter.modality);
    }
    if (filter.since) {
      low = Math.max(low, firstKeyOf(dayKey(filter.since)));
      where.push('x.date >= ?');
      params.push(filter.since);
    }
    if (filter.until) {
      const until = untilBound(filter.until);
      high = Math.min(high, lastKeyOf(dayKey(until)));
      where.push('x.date <= ?');
      params.push(until);
    }
    if (after) {
      const [date, id] = after;
      if (descending) high = Math.min(high, lastKeyOf(dayKey(date)));
      else low = Math.max(low, firstKeyOf(dayKey(date)));
      const clause = cursorClause(date, id, descending, { date: 'x.date', id: 'x.event_id' });
      where.push(clause.sql);
      params.push(...clause.params);
    }
    // The filters that need the event's own row or roles.
    const rest = selectEvents({ mode: filter.mode, country: filter.country, actor: filter.actor, bbox: filter.bbox, minSources: filter.minSources }, { plain: true });
    where.push(...rest.where);
    params.push(...rest.params);
    const found: [string | null, string][] = [];
    let lastDay = -1;
    // Period by period in page order, skipping to the next key that has events.
    const nextKey = this.cached(descending ? 'SELECT MAX(key) FROM text_events WHERE key <= ?' : 'SELECT MIN(key) FROM text_events WHERE key >= ?').pluck();
    let from = descending ? high : low;
    for (;;) {
      const key = nextKey.get(from) as number | null;
      if (key === null || key < low || key > high) break;
      const period = periodOf(key);
      const table = textTableOf(period);
      const sql = `SELECT x.key, x.date, x.event_id FROM ${table} f CROSS JOIN text_events x ON x.key = f.rowid
        ${rest.where.length ? 'CROSS JOIN events e ON e.id = x.event_id' : ''}
        WHERE ${['f.rowid BETWEEN ? AND ?', `${table} MATCH ?`, ...where].join(' AND ')} ORDER BY f.rowid ${descending ? 'DESC' : 'ASC'}`;
      const rows = this.cached(sql).raw(true);
      let full = false;
      try {
        for (const [rowKey, date, id] of rows.iterate(Math.max(low, firstKeyOfPeriod(period)), Math.min(high, lastKeyOfPeriod(period)), match, ...params) as Iterable<[number, string | null, string]>) {
          const day = Math.floor(rowKey / ARTICLE_SPAN);
          if (found.length >= want && day !== lastDay) {
            full = true;
            break;
          }
          lastDay = day;
          found.push([date, id]);
        }
      } catch (error) {
        if (error instanceof Error && /phrase queries are not supported/.test(error.message)) return null;
        throw error;
      }
      if (full) break;
      from = descending ? firstKeyOfPeriod(period) - 1 : lastKeyOfPeriod(period) + 1;
    }
    found.sort(descending ? (a, b) => comparePageKeys(b, a) : comparePageKeys);
    return found.slice(0, want).map(([, id]) => id);
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const row = this.db.prepare(`SELECT id, article_id AS articleId, date, sources, event_json AS json FROM events WHERE id = ?`)
      .get(id) as EventRow | undefined;
    return row ? toStoredEvent(row) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.db.prepare('SELECT body, article_json AS json FROM articles WHERE id = ?').get(id) as
      | { body: string; json: string }
      | undefined;
    if (!row) return null;
    const { quotes: _quotes, ...article } = JSON.parse(row.json);
    return { ...article, body: row.body } as Article;
  }

  async stats(filter: EventFilter = {}): Promise<Stats> {
    const { from, where, params } = selectEvents(filter);
    const clause = where.length ? 'WHERE ' + where.join(' AND ') : '';
    const count = (sql: string) => Object.fromEntries(
      (this.db.prepare(sql).all(...params) as { k: string; n: number }[]).map((r) => [r.k, r.n]),
    );
    return {
      articles: (this.db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n,
      events: (this.db.prepare(`SELECT COUNT(*) AS n FROM ${from} ${clause}`).get(...params) as { n: number }).n,
      byType: count(`SELECT e.type AS k, COUNT(*) AS n FROM ${from} ${clause} GROUP BY e.type ORDER BY n DESC`),
      byCountry: count(`SELECT r.country AS k, COUNT(DISTINCT r.event_id) AS n FROM ${from} JOIN event_roles r ON r.event_id = e.id
        ${clause ? clause + ' AND' : 'WHERE'} r.role = 'location' AND r.country IS NOT NULL GROUP BY r.country ORDER BY n DESC`),
      byDay: count(`SELECT substr(e.date, 1, 10) AS k, COUNT(*) AS n FROM ${from} ${clause ? clause + ' AND' : 'WHERE'} e.date IS NOT NULL
        GROUP BY k ORDER BY k`),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

interface EventRow {
  id: string;
  articleId: string;
  date: string | null;
  sources: number;
  json: string;
}

function toStoredEvent(row: EventRow): StoredEvent {
  return { ...(JSON.parse(row.json) as SitrepEvent), articleId: row.articleId, date: row.date, sources: row.sources };
}

/** The same object as toStoredEvent, serialised without parsing the stored JSON (a page is mostly this). */
function storedEventJson(row: EventRow): string {
  return `${row.json.slice(0, -1)},"articleId":${JSON.stringify(row.articleId)},"date":${JSON.stringify(row.date)},"sources":${row.sources}}`;
}

/** The date an event is filed under: its own start, else the article's publication date. */
export function eventDate(event: SitrepEvent, article: Article): string | null {
  return event.time?.start ?? article.published?.value ?? null;
}

export function encodeCursor(date: string | null, id: string): string {
  return Buffer.from(JSON.stringify([date, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string | null, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && (parsed[0] === null || typeof parsed[0] === 'string')
      && typeof parsed[1] === 'string') return parsed as [string | null, string];
  } catch { /* fall through */ }
  throw new InvalidFilterError('invalid cursor: pass back the nextCursor of the previous page unchanged');
}

/** Rows after the cursor's (date, id) in page order; NULL dates sort first ascending, last descending. */
function cursorClause(date: string | null, id: string, descending: boolean, key: PageKey): { sql: string; params: unknown[] } {
  const d = key.date;
  const i = key.id;
  if (!descending) {
    return date === null
      ? { sql: `(${d} IS NOT NULL OR ${i} > ?)`, params: [id] }
      : { sql: `(${d}, ${i}) > (?, ?)`, params: [date, id] };
  }
  return date === null
    ? { sql: `(${d} IS NULL AND ${i} < ?)`, params: [id] }
    : { sql: `((${d}, ${i}) < (?, ?) OR ${d} IS NULL)`, params: [date, id] };
}

export class InvalidFilterError extends Error {}

/** Quotes each word so user text is never read as FTS5 syntax; words are ANDed. */
export function ftsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}_]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((w) => `"${w}"`).join(' ');
}

/** A bare date as an upper bound takes in the whole day. */
function untilBound(until: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? `${until}T99` : until;
}

/**
 * SQLite's order of page keys (date, id): NULL dates first, then text by code point, which is the
 * byte order of UTF-8 (JS compares UTF-16 units, which differs only between surrogates and U+E000-U+FFFF).
 */
export function comparePageKeys(a: readonly [string | null, string], b: readonly [string | null, string]): number {
  if (a[0] !== b[0]) {
    if (a[0] === null) return -1;
    if (b[0] === null) return 1;
    return compareCodePoints(a[0], b[0]);
  }
  return compareCodePoints(a[1], b[1]);
}

function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (D800-DFFF) stand for code points above FFFF: move them above E000-FFFF.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** The columns that order a page: the event's own, or its copies in event_countries. */
interface PageKey {
  date: string;
  id: string;
}

interface Selection {
  /** FROM clause; the events table is always `e`. */
  from: string;
  key: PageKey;
  where: string[];
  params: unknown[];
}

/**
 * The events a filter selects. With a country, the walk goes through event_countries, whose
 * index holds each country's events in page order with their type and modality, so a page
 * reads about as many index entries as those filters skip and fetches only the events it returns.
 * With a box (and no country), it goes through event_places, whose index holds the box around
 * each event's places, so only events near the query box are fetched and tested place by place.
 * A text query drives from the articles that match it (pages use event_text instead, see
 * textPageIds; this plan serves stats and phrases). `plain` keeps the events table as the walk.
 */
function selectEvents(filter: EventFilter, { plain = false }: { plain?: boolean } = {}): Selection {
  const where: string[] = [];
  const params: unknown[] = [];
  const eventsDrive = plain || Boolean(filter.q && ftsQuery(filter.q));
  const countryDrives = Boolean(filter.country) && !eventsDrive;
  const placeDrives = Boolean(filter.bbox) && !countryDrives && !eventsDrive;
  const from = countryDrives ? 'event_countries c CROSS JOIN events e ON e.id = c.event_id'
    : placeDrives ? 'event_places p CROSS JOIN events e ON e.id = p.event_id' : 'events e';
  const t = countryDrives ? 'c' : 'e';
  const key = countryDrives ? { date: 'c.date', id: 'c.event_id' } : placeDrives ? { date: 'p.date', id: 'p.event_id' } : { date: 'e.date', id: 'e.id' };
  if (countryDrives) {
    where.push('c.country = ?');
    params.push(filter.country!.toUpperCase());
  }
  if (filter.type) {
    where.push(`${t}.type = ?`);
    params.push(filter.type.toUpperCase());
  }
  if (filter.modality) {
    where.push(`${t}.modality = ?`);
    params.push(filter.modality);
  }
  if (filter.mode) {
    where.push('EXISTS (SELECT 1 FROM json_each(e.modes) WHERE json_each.value = ?)');
    params.push(filter.mode);
  }
  if (filter.since) {
    where.push(`${key.date} >= ?`);
    params.push(filter.since);
  }
  if (filter.until) {
    // Inclusive of the whole day when a bare date is given.
    where.push(`${key.date} <= ?`);
    params.push(untilBound(filter.until));
  }
  if (filter.country && !countryDrives) {
    where.push('EXISTS (SELECT 1 FROM event_roles r WHERE r.event_id = e.id AND r.country = ?)');
    params.push(filter.country.toUpperCase());
  }
  if (filter.actor) {
    where.push(`EXISTS (SELECT 1 FROM event_roles r WHERE r.event_id = e.id AND r.role IN ('actor', 'recipient')
      AND (lower(r.name) LIKE ? ESCAPE '\\' OR lower(r.text) LIKE ? ESCAPE '\\'))`);
    const like = `%${filter.actor.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    params.push(like, like);
  }
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    // minLon > maxLon is a box that crosses the date line (e.g. around Fiji).
    const lonTest = minLon <= maxLon ? 'r.lon BETWEEN ? AND ?' : '(r.lon >= ? OR r.lon <= ?)';
    if (placeDrives) {
      // The box around the event's places meets the query box: a cheap test inside the index walk.
      where.push(`p.max_lat >= ? AND p.min_lat <= ? AND ${minLon <= maxLon ? 'p.max_lon >= ? AND p.min_lon <= ?' : '(p.max_lon >= ? OR p.min_lon <= ?)'}`);
      params.push(minLat, maxLat, minLon, maxLon);
    }
    where.push(`EXISTS (SELECT 1 FROM event_roles r WHERE r.event_id = e.id AND r.role = 'location'
      AND r.lat BETWEEN ? AND ? AND ${lonTest})`);
    params.push(minLat, maxLat, minLon, maxLon);
  }
  if (filter.minSources && filter.minSources > 1) {
    where.push('e.sources >= ?');
    params.push(filter.minSources);
  }
  if (filter.q) {
    const match = ftsQuery(filter.q);
    if (match) {
      where.push('e.article_id IN (SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.rowid WHERE articles_fts MATCH ?)');
      params.push(match);
    }
  }
  return { from, key, where, params };
}
