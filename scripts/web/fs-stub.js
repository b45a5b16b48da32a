// gray-matter requires 'fs' for matter.read(), which the engine never calls. In the browser the module
// is this stub, so a call would fail loudly instead of silently reading nothing.
module.exports = {
  readFileSync() {
    throw new Error('file system access is not available in the browser build');
  },
};
