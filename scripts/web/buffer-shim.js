// The browser has no Buffer. gray-matter only uses Buffer.from to keep a copy of its input (file.orig),
// which the engine never reads, so the string itself stands in for it.
export const Buffer = {
  from: (value) => value,
  isBuffer: () => false,
};
