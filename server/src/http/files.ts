import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { createContext, type AppDeps, type Context } from '../context';
import { CommonError, DomainError, ErrorCode } from '../errors';
import { ContractStatus } from '../modules/contract/contract.types';
import type { ContractFilter } from '../modules/contract/contract.service';
import { exportContracts } from '../modules/excel/contract-export';
import { ContractImporter, type ImportMode } from '../modules/excel/contract-import';
import { ExcelErrorReason } from '../modules/excel/excel.errors';
import { exportPipeline } from '../modules/excel/pipeline-export';
import { exportTargetReport } from '../modules/excel/target-report-export';
import { contentDisposition, XLSX_MIME } from '../modules/excel/xlsx';
import { AmountBasis, FlowBasis } from '../modules/target/target.types';

/** Uploads larger than this are refused before they are read; 5000 contract rows take well under 2 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ContextRequest = Request & { context?: Context };

/** Errors in the GraphQL shape (`errors[].extensions.code`), so the client handles both transports alike. */
function sendError(req: Request, res: Response, error: unknown) {
  if (res.headersSent) {
    req.log.error({ err: error }, 'error after the file started streaming');
    res.destroy();
    return;
  }
  // The download's headers may already be set (not sent): an error is not a file.
  res.removeHeader('Content-Disposition');
  if (error instanceof DomainError) {
    const status = error.reason === ExcelErrorReason.INVALID_ROWS ? 422 : (STATUS_OF_CODE[error.code] ?? 400);
    res.status(status).json({ errors: [{ message: error.message, extensions: { code: error.code, reason: error.reason, ...error.details } }] });
    return;
  }
  if ((error as { type?: string })?.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `The file is larger than the limit of ${MAX_IMPORT_BYTES} bytes.`, extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
    return;
  }
  req.log.error({ err: error }, 'unexpected error in a file route');
  res.status(500).json({ errors: [{ message: 'Internal server error. The problem was logged; please try again later.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
}

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw CommonError.badInput(name, 'must be given once');
  return value.trim();
}

function list(req: Request, name: string): string[] | undefined {
  const value = single(req, name);
  return value ? value.split(',').map((part) => part.trim()).filter(Boolean) : undefined;
}

function year(req: Request, name: string, required: boolean): number | undefined {
  const value = single(req, name);
  if (!value) {
    if (required) throw CommonError.badInput(name, 'is required (e.g. 2026)');
    return undefined;
  }
  if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) throw CommonError.badInput(name, 'must be a year between 2000 and 2100');
  return Number(value);
}

function id(req: Request, name: string): string | undefined {
  const value = single(req, name);
  if (value && !UUID.test(value)) throw CommonError.badInput(name, 'must be an id as returned by the API');
  return value || undefined;
}

function oneOf<T extends string>(req: Request, name: string, values: readonly T[]): T | undefined {
  const value = single(req, name);
  if (value && !values.includes(value as T)) throw CommonError.badInput(name, `must be one of ${values.join(', ')}`);
  return (value || undefined) as T | undefined;
}

function contractFilter(req: Request): ContractFilter {
  const statuses = list(req, 'statuses');
  const unknown = statuses?.filter((s) => !Object.values(ContractStatus).includes(s as ContractStatus));
  if (unknown?.length) throw CommonError.badInput('statuses', `has unknown statuses ${unknown.join(', ')}; use ${Object.values(ContractStatus).join(', ')}`);
  return {
    statuses: statuses as ContractStatus[] | undefined,
    registeredYear: year(req, 'registeredYear', false),
    organizationId: id(req, 'organizationId'),
    categoryCodes: list(req, 'categoryCodes'),
  };
}

function sendWorkbook(res: Response, asciiName: string, name: string, body: ArrayBuffer | Buffer) {
  res.status(200).set({ 'Content-Type': XLSX_MIME, 'Content-Disposition': contentDisposition(asciiName, name), 'Cache-Control': 'no-store' }).send(Buffer.from(body as ArrayBuffer));
}

/**
 * Excel over plain HTTP with the same Bearer token as GraphQL (binary bodies do not fit GraphQL):
 *   GET  /exports/contracts.xlsx?statuses=REGISTERED,TERMINATED&registeredYear=2026&organizationId=…&categoryCodes=…
 *   GET  /exports/target-report.xlsx?year=2026[&amountBasis=…&flowBasis=…]
 *   GET  /exports/pipeline.xlsx[?brokerId=…|organizationId=…]
 *   POST /imports/contracts?mode=all|validOnly   (body: the .xlsx file, at most 10 MB; bureau only)
 * Errors come back as `{ errors: [{ message, extensions: { code, reason, ... } }] }`, as from GraphQL.
 */
export function createFileRoutes(deps: AppDeps): Router {
  const router = express.Router();

  const signedIn = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const context = await createContext(deps, {
        authorization: req.headers.authorization,
        requestId: String(req.id),
        clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        logger: req.log,
      });
      if (!context.viewer) throw CommonError.unauthenticated('Please sign in first: send your token as Authorization: Bearer <token>.');
      (req as ContextRequest).context = context;
      next();
    } catch (error) {
      sendError(req, res, error);
    }
  };
  const handle = (work: (req: Request, res: Response, context: Context) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await work(req, res, (req as ContextRequest).context!);
    } catch (error) {
      sendError(req, res, error);
    }
  };

  router.get('/exports/contracts.xlsx', signedIn, handle(async (req, res, { em, viewer }) => {
    const filter = contractFilter(req);
    res.status(200).set({ 'Content-Type': XLSX_MIME, 'Content-Disposition': contentDisposition('contracts.xlsx', '技术合同.xlsx'), 'Cache-Control': 'no-store' });
    await exportContracts(em, viewer!, filter, res);
  }));

  router.get('/exports/target-report.xlsx', signedIn, handle(async (req, res, { em }) => {
    const reportYear = year(req, 'year', true)!;
    const override = { amountBasis: oneOf(req, 'amountBasis', Object.values(AmountBasis)), flowBasis: oneOf(req, 'flowBasis', Object.values(FlowBasis)) };
    sendWorkbook(res, `target-report-${reportYear}.xlsx`, `${reportYear}年技术合同目标进度.xlsx`, await exportTargetReport(em, reportYear, override));
  }));

  router.get('/exports/pipeline.xlsx', signedIn, handle(async (req, res, { em, viewer }) => {
    const brokerId = id(req, 'brokerId');
    const organizationId = id(req, 'organizationId');
    const ownByDefault = !brokerId && !organizationId && viewer!.user.isBroker;
    const body = await exportPipeline(em, viewer!, { brokerId: ownByDefault ? viewer!.id : brokerId, organizationId });
    sendWorkbook(res, 'pipeline.xlsx', '经纪项目.xlsx', body);
  }));

  router.post(
    '/imports/contracts',
    signedIn,
    // The bureau check comes before the body is read: nobody else uploads megabytes for nothing.
    (req, res, next) => ((req as ContextRequest).context!.viewer!.isBureau ? next() : sendError(req, res, CommonError.forbidden('Only the bureau imports historical contracts.'))),
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    handle(async (req, res, { em, viewer }) => {
      const mode = oneOf<ImportMode>(req, 'mode', ['all', 'validOnly']) ?? 'all';
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw CommonError.badInput('body', 'must be the .xlsx file');
      const report = await new ContractImporter(em).import(viewer!, req.body, mode);
      res.status(200).json({ data: { importContracts: report } });
    }),
  );

  // Body-size and parse errors of the upload, in the same shape.
  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => sendError(req, res, error));
  return router;
}

