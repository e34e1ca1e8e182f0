/**
 * Jest for `npm run test:interop`: the tests under test/interop/, which need LibreOffice
 * (`soffice`) and Debian's python3-openpyxl (`/usr/bin/python3`), tools CI does not
 * install; `npm test` leaves them out (jest.config.js).
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testPathIgnorePatterns: ['/node_modules/'],
  roots: ['<rootDir>/test/interop'],
  testTimeout: 600000,
};
