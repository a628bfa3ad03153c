import type { EvaluationForm, Signature } from '@jixiao/domain';
import { builder } from '../builder.ts';

/**
 * 表头与落款 — the parts of a project's form that the printed 自评表 shows around its tables and
 * that the XLSX export already writes: 中央 / 地方主管部门, 全年实际完成情况, 说明 and the
 * signature block (经办人, 单位负责人, 上报时间, 联系方式), as filed. Read like the project itself
 * (whoever may read the county); the names here are the office's staff, as on the paper form.
 */
type Departments = NonNullable<EvaluationForm['departments']>;

const DepartmentsRef = builder.objectRef<Departments>('ProjectDepartments').implement({
  description: '主管部门 as the form names them',
  fields: (t) => ({
    central: t.string({
      nullable: true,
      description: '中央主管部门',
      resolve: (departments) => departments.central ?? null,
    }),
    local: t.string({
      nullable: true,
      description: '地方主管部门',
      resolve: (departments) => departments.local ?? null,
    }),
  }),
});

const SignatureRef = builder.objectRef<Signature>('FormSignature').implement({
  description: '落款: who filed the form, when, and how to reach them, as filed',
  fields: (t) => ({
    preparer: t.string({
      nullable: true,
      description: '经办人 / 填报人',
      resolve: (signature) => signature.preparer ?? null,
    }),
    head: t.string({
      nullable: true,
      description: '单位负责人 / 项目负责人',
      resolve: (signature) => signature.head ?? null,
    }),
    filedOn: t.string({
      nullable: true,
      description: '上报时间 as printed, e.g. 2020年12月30日',
      resolve: (signature) => signature.filedOn ?? null,
    }),
    contacts: t.stringList({
      description: '联系方式',
      resolve: (signature) => signature.contacts ?? [],
    }),
  }),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The stored JSON as departments, or null when the form names none. */
function departmentsOf(value: unknown): Departments | null {
  if (!isRecord(value)) return null;
  const central = text(value.central);
  const local = text(value.local);
  if (central === undefined && local === undefined) return null;
  return {
    ...(central === undefined ? {} : { central }),
    ...(local === undefined ? {} : { local }),
  };
}

/** The stored JSON as a signature block, or null when the form has none. */
function signatureOf(value: unknown): Signature | null {
  if (!isRecord(value)) return null;
  const contacts = Array.isArray(value.contacts)
    ? value.contacts.filter((contact): contact is string => typeof contact === 'string')
    : [];
  const signature: Signature = {
    ...(text(value.preparer) === undefined ? {} : { preparer: text(value.preparer) }),
    ...(text(value.head) === undefined ? {} : { head: text(value.head) }),
    ...(text(value.filedOn) === undefined ? {} : { filedOn: text(value.filedOn) }),
    ...(contacts.length === 0 ? {} : { contacts }),
  };
  return Object.keys(signature).length === 0 ? null : signature;
}

builder.prismaObjectFields('Project', (t) => ({
  departments: t.field({
    type: DepartmentsRef,
    nullable: true,
    description: '中央主管部门 / 地方主管部门; null when the form names none',
    resolve: (project) => departmentsOf(project.departments),
  }),
  goalOutcome: t.exposeString('goalOutcome', {
    nullable: true,
    description: '全年实际完成情况 (beside 年度总体目标)',
  }),
  remarks: t.exposeString('remarks', { nullable: true, description: '说明' }),
  signature: t.field({
    type: SignatureRef,
    nullable: true,
    description: '经办人, 单位负责人, 上报时间, 联系方式; null when the form has none',
    resolve: (project) => signatureOf(project.signature),
  }),
}));
