import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';

/** ISO 8601 date-times with an offset, e.g. 2020-11-05T10:15:00+06:00. */
builder.scalarType('DateTime', {
  description: 'ISO 8601 date-time with offset',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('应为 ISO 8601 日期时间');
    return date;
  },
});

/** Exact decimal numbers (money in 元 or 万元, rates) as strings: never a float. */
builder.scalarType('Decimal', {
  description: 'Exact decimal number as a string, e.g. "14698.45"',
  serialize: (value) => value.toString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^-?\d{1,16}(\.\d{1,6})?$/.test(value)) {
      throw new GraphQLError('应为十进制数字字符串，例如 "14698.45"');
    }
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING || !/^-?\d{1,16}(\.\d{1,6})?$/.test(node.value)) {
      throw new GraphQLError('应为十进制数字字符串，例如 "14698.45"');
    }
    return node.value;
  },
});

/** Roster versions: 64-bit counters, sent as strings. */
builder.scalarType('BigInt', {
  description: '64-bit integer as a string',
  serialize: (value) => value.toString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^\d{1,19}$/.test(value)) {
      throw new GraphQLError('应为非负整数字符串');
    }
    return BigInt(value);
  },
});
