import type { Prisma } from '@jixiao/db';
import type { Context } from './context.ts';

type Client = Context['db']['prisma'] | Prisma.TransactionClient;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  countyCode?: string | null;
  /** Ids and counts only: never an ID number or a name. */
  details?: Prisma.InputJsonValue;
}

/** Appends to the audit log: who, when, what, from which device (inside the caller's transaction). */
export async function audit(client: Client, context: Context, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      userId: context.viewer?.id ?? null,
      deviceId: context.deviceId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      countyCode: entry.countyCode ?? null,
      details: entry.details,
    },
  });
}
