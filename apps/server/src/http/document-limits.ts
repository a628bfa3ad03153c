import { type DocumentNode, Kind, parse, type SelectionSetNode } from 'graphql';

/**
 * 查询文档上限 — checked before Apollo parses and validates a document. graphql-js's parser,
 * some of its validation rules and the complexity plugin recurse once per level of nesting or
 * of fragment spreads, so a document a few thousand levels deep overflows the stack: the parser
 * reports it as a syntax error, a validation rule or the complexity count as a server error.
 * A document is refused, with QUERY_TOO_COMPLEX, when
 * - its brackets ({, [, () nest deeper than MAX_NESTING (a first pass over the text: strings and
 *   comments aside), or
 * - it defines more than MAX_FRAGMENTS fragments, or
 * - its selections, fragments expanded, nest deeper than MAX_NESTING (counted without
 *   recursion).
 * The complexity plugin's own depth limit (12) stays the one a reasonable query meets.
 */
export const MAX_NESTING = 64;
export const MAX_FRAGMENTS = 100;

export interface DocumentProblem {
  message: string;
  kind: 'Nesting' | 'Fragments';
}

/** The deepest nesting of brackets in the text, outside strings, block strings and comments. */
export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (text.startsWith('"""', i)) {
      i += 3;
      while (i < text.length && !text.startsWith('"""', i))
        i += text.startsWith('\\"""', i) ? 4 : 1;
      i += 3;
      continue;
    }
    if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (char === '{' || char === '[' || char === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (char === '}' || char === ']' || char === ')') {
      depth = Math.max(0, depth - 1);
    }
    i++;
  }
  return deepest;
}

/**
 * How deep the selections nest with every fragment spread expanded: each fragment's depth is
 * worked out once, in an order found with an explicit stack (a cycle counts as not deeper; the
 * validation refuses it).
 */
function selectionDepth(document: DocumentNode): number {
  const fragments = new Map<string, SelectionSetNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition.selectionSet);
    }
  }
  /** Own depth of a selection set and the spreads in it, each with the depth it sits at. */
  const shape = (set: SelectionSetNode) => {
    let own = 0;
    const spreads: { name: string; at: number }[] = [];
    const stack: { set: SelectionSetNode; at: number }[] = [{ set, at: 0 }];
    while (stack.length > 0) {
      const { set: current, at } = stack.pop() as { set: SelectionSetNode; at: number };
      for (const selection of current.selections) {
        if (selection.kind === Kind.FIELD) {
          own = Math.max(own, at + 1);
          if (selection.selectionSet) stack.push({ set: selection.selectionSet, at: at + 1 });
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          stack.push({ set: selection.selectionSet, at });
        } else {
          spreads.push({ name: selection.name.value, at });
        }
      }
    }
    return { own, spreads };
  };
  const shapes = new Map([...fragments].map(([name, set]) => [name, shape(set)]));
  const depths = new Map<string, number>();
  const depthOf = (name: string): number => {
    // Post-order over the spread graph with an explicit stack; a fragment on the path is a cycle.
    const onPath = new Set<string>();
    const stack: { name: string; expanded: boolean }[] = [{ name, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { name: string; expanded: boolean };
      const fragment = shapes.get(top.name);
      if (depths.has(top.name) || !fragment) {
        stack.pop();
        continue;
      }
      if (!top.expanded) {
        top.expanded = true;
        onPath.add(top.name);
        for (const spread of fragment.spreads) {
          if (!depths.has(spread.name) && !onPath.has(spread.name)) {
            stack.push({ name: spread.name, expanded: false });
          }
        }
        continue;
      }
      stack.pop();
      onPath.delete(top.name);
      const through = fragment.spreads.map((spread) => spread.at + (depths.get(spread.name) ?? 0));
      depths.set(top.name, Math.max(fragment.own, ...through));
    }
    return depths.get(name) ?? 0;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const { own, spreads } = shape(definition.selectionSet);
    deepest = Math.max(deepest, own, ...spreads.map((spread) => spread.at + depthOf(spread.name)));
  }
  return deepest;
}

/** Why the document is refused before parsing and validation, or null. */
export function documentProblem(query: string): DocumentProblem | null {
  const nesting = bracketDepth(query);
  if (nesting > MAX_NESTING) {
    return { kind: 'Nesting', message: `查询嵌套过深（${nesting} 层，上限 ${MAX_NESTING} 层）` };
  }
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null; // Apollo reports the syntax error itself.
  }
  const fragments = document.definitions.filter(
    (definition) => definition.kind === Kind.FRAGMENT_DEFINITION,
  ).length;
  if (fragments > MAX_FRAGMENTS) {
    return {
      kind: 'Fragments',
      message: `查询定义的片段过多（${fragments} 个，上限 ${MAX_FRAGMENTS} 个）`,
    };
  }
  const depth = selectionDepth(document);
  if (depth > MAX_NESTING) {
    return { kind: 'Nesting', message: `查询嵌套过深（${depth} 层，上限 ${MAX_NESTING} 层）` };
  }
  return null;
}
