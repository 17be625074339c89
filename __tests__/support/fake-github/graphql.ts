// Test support › fake GitHub: a small GraphQL front end — a real tokenizer and parser for queries (variables,
// aliases, arguments, nested selections) and an executor for the fields tracker-bot asks GitHub for.
import type { FakeGitHubState, FakeRepo } from './state.js';

type Token =
  | { kind: 'punct'; value: string; line: number; column: number }
  | { kind: 'name'; value: string; line: number; column: number }
  | { kind: 'string'; value: string; line: number; column: number }
  | { kind: 'number'; value: string; line: number; column: number };

export class GraphqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = () => ({ line, column: i - lineStart + 1 });
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\n') {
      i += 1;
      line += 1;
      lineStart = i;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === ',' || ch === '\uFEFF') {
      i += 1;
    } else if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (source.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...', ...at() });
      i += 3;
    } else if ('!$()[]{}:=@|&'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch, ...at() });
      i += 1;
    } else if (/[_A-Za-z]/.test(ch)) {
      const match = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'name', value: match[0], ...at() });
      i += match[0].length;
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(i));
      if (!match) throw new GraphqlSyntaxError(`Unexpected character "${ch}"`, line, i - lineStart + 1);
      tokens.push({ kind: 'number', value: match[0], ...at() });
      i += match[0].length;
    } else if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      if (end < 0) throw new GraphqlSyntaxError('Unterminated block string', line, i - lineStart + 1);
      tokens.push({ kind: 'string', value: source.slice(i + 3, end), ...at() });
      i = end + 3;
    } else if (ch === '"') {
      const position = at();
      let value = '';
      i += 1;
      while (source[i] !== '"') {
        if (i >= source.length || source[i] === '\n') {
          throw new GraphqlSyntaxError('Unterminated string', position.line, position.column);
        }
        if (source[i] === '\\') {
          const escape = source[i + 1];
          if (escape === 'u') {
            value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
            i += 6;
          } else {
            const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };
            value += map[escape ?? ''] ?? '';
            i += 2;
          }
        } else {
          value += source[i];
          i += 1;
        }
      }
      i += 1;
      tokens.push({ kind: 'string', value, ...position });
    } else {
      throw new GraphqlSyntaxError(`Unexpected character "${ch}"`, line, i - lineStart + 1);
    }
  }
  return tokens;
}

export type Value =
  | { kind: 'variable'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Record<string, Value> };

export interface Field {
  alias: string | null;
  name: string;
  args: Record<string, Value>;
  selections: Field[] | null;
  line: number;
  column: number;
}

export interface Operation {
  type: 'query' | 'mutation';
  name: string | null;
  variables: Array<{ name: string; type: string; defaultValue?: Value }>;
  selections: Field[];
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private fail(message: string): never {
    const token = this.peek() ?? this.tokens[this.tokens.length - 1];
    throw new GraphqlSyntaxError(message, token?.line ?? 1, token?.column ?? 1);
  }

  private next(): Token {
    const token = this.peek();
    if (!token) this.fail('Unexpected end of document');
    this.position += 1;
    return token;
  }

  private isPunct(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'punct' && token.value === value;
  }

  private expectPunct(value: string): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) {
      this.position -= 1;
      this.fail(`Expected "${value}", found "${token.value}"`);
    }
  }

  private name(): string {
    const token = this.next();
    if (token.kind !== 'name') {
      this.position -= 1;
      this.fail(`Expected a name, found "${token.value}"`);
    }
    return token.value;
  }

  document(): Operation {
    let operation: Operation;
    if (this.isPunct('{')) {
      operation = { type: 'query', name: null, variables: [], selections: this.selectionSet() };
    } else {
      const keyword = this.name();
      if (keyword !== 'query' && keyword !== 'mutation') this.fail(`Unsupported definition "${keyword}"`);
      const name = this.peek()?.kind === 'name' ? this.name() : null;
      const variables = this.isPunct('(') ? this.variableDefinitions() : [];
      operation = { type: keyword, name, variables, selections: this.selectionSet() };
    }
    if (this.peek()) this.fail('Only one operation per document is supported');
    return operation;
  }

  private variableDefinitions(): Operation['variables'] {
    this.expectPunct('(');
    const definitions: Operation['variables'] = [];
    while (!this.isPunct(')')) {
      this.expectPunct('$');
      const name = this.name();
      this.expectPunct(':');
      const type = this.type();
      const definition: Operation['variables'][number] = { name, type };
      if (this.isPunct('=')) {
        this.next();
        definition.defaultValue = this.value();
      }
      definitions.push(definition);
    }
    this.expectPunct(')');
    return definitions;
  }

  private type(): string {
    let type: string;
    if (this.isPunct('[')) {
      this.next();
      type = `[${this.type()}]`;
      this.expectPunct(']');
    } else {
      type = this.name();
    }
    if (this.isPunct('!')) {
      this.next();
      type += '!';
    }
    return type;
  }

  private selectionSet(): Field[] {
    this.expectPunct('{');
    const fields: Field[] = [];
    while (!this.isPunct('}')) {
      if (this.isPunct('...')) this.fail('Fragments are not supported by the fake');
      fields.push(this.field());
    }
    this.expectPunct('}');
    if (fields.length === 0) this.fail('Empty selection set');
    return fields;
  }

  private field(): Field {
    const start = this.peek() as Token;
    let name = this.name();
    let alias: string | null = null;
    if (this.isPunct(':')) {
      this.next();
      alias = name;
      name = this.name();
    }
    const args: Record<string, Value> = {};
    if (this.isPunct('(')) {
      this.next();
      while (!this.isPunct(')')) {
        const argName = this.name();
        this.expectPunct(':');
        args[argName] = this.value();
      }
      this.expectPunct(')');
    }
    const selections = this.isPunct('{') ? this.selectionSet() : null;
    return { alias, name, args, selections, line: start.line, column: start.column };
  }

  private value(): Value {
    const token = this.next();
    if (token.kind === 'punct' && token.value === '$') return { kind: 'variable', name: this.name() };
    if (token.kind === 'string') return { kind: 'literal', value: token.value };
    if (token.kind === 'number') return { kind: 'literal', value: Number(token.value) };
    if (token.kind === 'name') {
      if (token.value === 'true' || token.value === 'false') return { kind: 'literal', value: token.value === 'true' };
      if (token.value === 'null') return { kind: 'literal', value: null };
      return { kind: 'literal', value: token.value };
    }
    if (token.value === '[') {
      const items: Value[] = [];
      while (!this.isPunct(']')) items.push(this.value());
      this.next();
      return { kind: 'list', items };
    }
    if (token.value === '{') {
      const fields: Record<string, Value> = {};
      while (!this.isPunct('}')) {
        const key = this.name();
        this.expectPunct(':');
        fields[key] = this.value();
      }
      this.next();
      return { kind: 'object', fields };
    }
    this.position -= 1;
    return this.fail(`Unexpected "${token.value}"`);
  }
}

export function parseGraphql(source: string): Operation {
  return new Parser(tokenize(source)).document();
}

export interface GraphqlError {
  message: string;
  type?: string;
  path?: string[];
  locations?: Array<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

class ValidationError extends Error {
  constructor(
    message: string,
    readonly field: Field,
    readonly code: string,
  ) {
    super(message);
  }
}

function resolveValue(value: Value, variables: Record<string, unknown>, field: Field): unknown {
  switch (value.kind) {
    case 'variable':
      if (!(value.name in variables)) throw new ValidationError(`Variable $${value.name} is used but not declared`, field, 'variableNotDefined');
      return variables[value.name];
    case 'literal':
      return value.value;
    case 'list':
      return value.items.map((item) => resolveValue(item, variables, field));
    case 'object':
      return Object.fromEntries(Object.entries(value.fields).map(([k, v]) => [k, resolveValue(v, variables, field)]));
  }
}

type Resolver = (field: Field, args: Record<string, unknown>) => unknown;

function select(typeName: string, resolvers: Record<string, Resolver>, field: Field, variables: Record<string, unknown>): unknown {
  if (!field.selections) throw new ValidationError(`Field must have selections (field '${field.name}' returns ${typeName} but has no selections)`, field, 'selectionMismatch');
  const result: Record<string, unknown> = {};
  for (const child of field.selections) {
    result[child.alias ?? child.name] = resolveField(typeName, resolvers, child, variables);
  }
  return result;
}

function resolveField(typeName: string, resolvers: Record<string, Resolver>, field: Field, variables: Record<string, unknown>): unknown {
  if (field.name === '__typename') return typeName;
  const resolver = resolvers[field.name];
  if (!resolver) throw new ValidationError(`Field '${field.name}' doesn't exist on type '${typeName}'`, field, 'undefinedField');
  const args = Object.fromEntries(Object.entries(field.args).map(([k, v]) => [k, resolveValue(v, variables, field)]));
  return resolver(field, args);
}

function scalar(value: unknown): Resolver {
  return (field) => {
    if (field.selections) throw new ValidationError(`Selections can't be made on scalars (field '${field.name}')`, field, 'selectionMismatch');
    return value;
  };
}

function repositoryResolvers(repo: FakeRepo, state: FakeGitHubState, htmlBase: string): Record<string, Resolver> {
  const owner = state.user(repo.owner);
  return {
    id: scalar(`R_${repo.id}`),
    name: scalar(repo.name),
    nameWithOwner: scalar(repo.fullName),
    url: scalar(`${htmlBase}/${repo.fullName}`),
    isArchived: scalar(repo.archived),
    isPrivate: scalar(repo.isPrivate),
    isDisabled: scalar(false),
    isFork: scalar(false),
    description: scalar(null),
    stargazerCount: scalar(0),
    owner: (field, _args) => select(owner.type === 'Bot' ? 'Bot' : 'User', { login: scalar(owner.login), url: scalar(`${htmlBase}/${owner.login}`) }, field, {}),
    defaultBranchRef: (field) => select('Ref', { name: scalar(repo.defaultBranch) }, field, {}),
  };
}

/** Executes one GraphQL request against the fake state with GitHub's error shapes. */
export function executeGraphql(
  state: FakeGitHubState,
  request: { query?: unknown; variables?: unknown },
  htmlBase: string,
): GraphqlResponse {
  if (typeof request.query !== 'string') {
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  }
  let operation: Operation;
  try {
    operation = parseGraphql(request.query);
  } catch (error) {
    if (!(error instanceof GraphqlSyntaxError)) throw error;
    return {
      errors: [{ message: `Parse error: ${error.message}`, locations: [{ line: error.line, column: error.column }] }],
    };
  }
  if (operation.type !== 'query') return { errors: [{ message: 'The fake GitHub only answers queries' }] };
  const provided = (request.variables ?? {}) as Record<string, unknown>;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variables) {
    let value = provided[definition.name];
    if (value === undefined && definition.defaultValue) value = resolveValue(definition.defaultValue, {}, operation.selections[0] as Field);
    if ((value === undefined || value === null) && definition.type.endsWith('!')) {
      return {
        errors: [
          {
            message: `Variable $${definition.name} of type ${definition.type} was provided invalid value`,
            extensions: { value: null, problems: [{ path: [], explanation: 'Expected value to not be null' }] },
          },
        ],
      };
    }
    variables[definition.name] = value ?? null;
  }

  const errors: GraphqlError[] = [];
  const queryResolvers: Record<string, Resolver> = {
    repository: (field, args) => {
      const owner = String(args['owner'] ?? '');
      const name = String(args['name'] ?? '');
      const repo = state.findRepo(owner, name) ?? state.redirectedRepo(owner, name);
      if (!repo || repo.isPrivate) {
        errors.push({
          type: 'NOT_FOUND',
          path: [field.alias ?? field.name],
          locations: [{ line: field.line, column: field.column }],
          message: `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        });
        return null;
      }
      return select('Repository', repositoryResolvers(repo, state, htmlBase), field, variables);
    },
    viewer: (field) => select('User', { login: scalar(state.appUser.login) }, field, variables),
    rateLimit: (field) =>
      select('RateLimit', { cost: scalar(1), limit: scalar(5000), remaining: scalar(4999), resetAt: scalar(new Date(Date.now() + 3600_000).toISOString()) }, field, variables),
  };

  try {
    const data: Record<string, unknown> = {};
    for (const field of operation.selections) data[field.alias ?? field.name] = resolveField('Query', queryResolvers, field, variables);
    return errors.length > 0 ? { data, errors } : { data };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      errors: [
        {
          path: ['query', error.field.alias ?? error.field.name],
          extensions: { code: error.code },
          locations: [{ line: error.field.line, column: error.field.column }],
          message: error.message,
        },
      ],
    };
  }
}
