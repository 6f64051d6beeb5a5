/** England's GSS code: the comparator every figure is read against. */
export const englandCode = 'E92000001';
