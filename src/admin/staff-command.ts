import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { STAFF_ROLES, type StaffRepository } from '../store/repositories/staff.js';
import { hashSecret, newAccessKey } from './secrets.js';

const USAGE = `usage:
  npm run staff -- add --name "Amina B." --role coordinator|referent|admin --cities brussels,antwerp|all
  npm run staff -- list
  npm run staff -- disable --name "Amina B."`;

export interface StaffCommandContext {
  staff: StaffRepository;
  /** The programme's city ids, to catch a typo before it locks someone out. */
  cityIds: readonly string[];
  now: Date;
  print: (line: string) => void;
  printError: (line: string) => void;
}

const addOptions = z.object({
  name: z.string().trim().min(1, '--name is required').max(100),
  role: z.enum(STAFF_ROLES, { error: `--role must be one of ${STAFF_ROLES.join(', ')}` }),
  cities: z.string({ error: '--cities is required (city ids separated by commas, or all)' }).min(1),
});

/** `npm run staff -- …`: staff accounts from the command line; the exit code is returned. */
export async function runStaffCommand(argv: string[], context: StaffCommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, cities: { type: 'string' } },
    });
  } catch (error) {
    context.printError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [command] = parsed.positionals;
  switch (command) {
    case 'add':
      return add(parsed.values, context);
    case 'list': {
      for (const member of await context.staff.list()) {
        const cities = member.cities === 'all' ? 'all' : member.cities.join(',');
        context.print(`${member.name}\t${member.role}\t${cities}${member.disabledAt ? '\tdisabled' : ''}`);
      }
      return 0;
    }
    case 'disable': {
      const name = parsed.values.name;
      const member = (await context.staff.list()).find((candidate) => candidate.name === name);
      if (!member || !(await context.staff.disable(member._id, context.now))) {
        context.printError(`no active staff member named ${name ?? '(no --name)'}`);
        return 1;
      }
      context.print(`${member.name} can no longer sign in; their key and logins stop working now.`);
      return 0;
    }
    default:
      context.printError(USAGE);
      return 2;
  }
}

async function add(values: Record<string, unknown>, context: StaffCommandContext): Promise<number> {
  const options = addOptions.safeParse(values);
  if (!options.success) {
    context.printError(`${options.error.issues.map((issue) => issue.message).join('\n')}\n${USAGE}`);
    return 2;
  }
  const { name, role } = options.data;
  const requested = options.data.cities.split(',').map((city) => city.trim().toLowerCase());
  const unknown = requested.filter((city) => city !== 'all' && !context.cityIds.includes(city));
  if (unknown.length > 0) {
    context.printError(`unknown cities: ${unknown.join(', ')} (known: ${context.cityIds.join(', ')}, or all)`);
    return 2;
  }
  const id = randomUUID();
  const key = newAccessKey(id);
  const created = await context.staff.create({
    _id: id,
    name,
    role,
    cities: requested.includes('all') ? 'all' : requested,
    keyHash: await hashSecret(key),
    createdAt: context.now,
    disabledAt: null,
  });
  if (!created) {
    context.printError(`a staff member named ${name} exists already`);
    return 1;
  }
  context.print(`${name} (${role}) can now sign in at /admin with this access key. It is shown only once:`);
  context.print(key);
  return 0;
}
