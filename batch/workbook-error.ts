/**
 * A workbook that can't be used, its message in the user's language. Thrown inside the xlsx file's code and caught
 * in the widget's (a second copy of any class): callers test the name, not the class.
 */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}

export function isWorkbookError(e: unknown): e is WorkbookError {
  return (e as Error | undefined)?.name === 'WorkbookError';
}
