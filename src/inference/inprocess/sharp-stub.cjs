// Stands in for `sharp` in dist/embed-worker.js: Transformers.js needs it only for images, which we never load.
module.exports = function sharp() {
  throw new Error('image processing is not available in the Siza Gen embedding worker');
};
