/**
 * Record by record: header, then one BatchRow per client. Shared by the CLI (streaming), the panel's worker and its
 * main-thread fallback, so all three give the same rows.
 */
import { estimate, type FieldError } from '../core/index.ts';
import { batchT, type BatchLang } from './i18n.ts';
import { fileLocation, isBlankRecord, mapRecord, readHeader, type BatchFieldError, type HeaderInfo } from './rows.ts';
import { summarize, type BatchRow } from './summary.ts';

export interface BatchOptions {
  lang: BatchLang;
  /** ISO date for art. 15 when a row has no asOf; fixed once per run so every row uses the same day. */
  today: string;
}

/** Why a file cannot be processed at all (CLI exit 2). */
export class BatchFileError extends Error {
  constructor(
    readonly code: 'empty' | 'noColumns' | 'duplicate' | 'unreadable' | 'unwritable' | 'xlsx',
    message: string,
  ) {
    super(message);
  }
}

export class BatchProcessor {
  header: HeaderInfo | null = null;
  rows = 0;
  errorRows = 0;
  private readonly t;

  constructor(readonly options: BatchOptions) {
    this.t = batchT(options.lang);
  }

  /**
   * Feeds one CSV record; `rowNumber` is its row in a spreadsheet (1 = first line). Returns the client's row, or null
   * for the header and blank lines. Throws BatchFileError when the header makes the file unusable.
   */
  push(cells: string[], rowNumber: number): BatchRow | null {
    if (isBlankRecord(cells)) return null;
    if (!this.header) {
      const h = readHeader(cells);
      if (h.duplicates.length)
        throw new BatchFileError('duplicate', this.t('file.duplicate', { columns: h.duplicates.join(', ') }));
      if (!h.targets.some((x) => x && !(x.type === 'column' && x.column.path === 'client'))) {
        throw new BatchFileError('noColumns', this.t('file.noColumns'));
      }
      this.header = h;
      return null;
    }
    this.rows++;
    const mapped = mapRecord(cells, this.header, this.options.lang);
    let row: BatchRow;
    // The cells the CSV layer refused are left out of the scenario; the core still checks the others, so that the
    // user sees every error of the row at once.
    // Amounts only: a row keeps figures, statuses and titles (./summary.ts), never an explanation.
    const outcome = estimate(mapped.scenario, {
      lang: this.options.lang,
      today: this.options.today,
      amountsOnly: true,
    });
    if (outcome.ok && !mapped.errors.length) {
      row = summarize(rowNumber, mapped.client, mapped.scenario, outcome);
    } else {
      const header = this.header;
      const coreErrors: BatchFieldError[] = outcome.ok
        ? []
        : outcome.errors.map((e: FieldError) => {
            const loc = fileLocation(e.path, mapped, header);
            const message =
              loc.path !== e.path && e.message.startsWith(e.path)
                ? loc.path + e.message.slice(e.path.length)
                : e.message;
            return { path: loc.path, column: loc.column, code: e.code, message };
          });
      row = summarize(rowNumber, mapped.client, mapped.scenario, {
        ok: false,
        errors: [...mapped.errors, ...coreErrors],
      });
    }
    if (row.status === 'error') this.errorRows++;
    return row;
  }

  /** Call at the end: a file with no header at all is unusable. */
  finish(): void {
    if (!this.header) throw new BatchFileError('empty', this.t('file.empty'));
  }

  /** Unknown headers, to tell the user once that these columns were ignored. */
  warnings(): string[] {
    return this.header?.unknown.length
      ? [this.t('file.unknownColumns', { columns: this.header.unknown.join(', ') })]
      : [];
  }
}

/** One line per error, naming row and column: what the CLI prints and the panel shows in the row. */
export function describeError(row: BatchRow, e: BatchFieldError, lang: BatchLang): string {
  const t = batchT(lang);
  // A row without a client name is named by its number alone, not "Row 2 ()".
  const key = (e.column ? 'rowErrorColumn' : 'rowError') + (row.client ? '' : 'NoClient');
  return t(key, { row: row.row, client: row.client, column: e.column, message: e.message });
}

/** Today's date in UTC, as the core's default. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
