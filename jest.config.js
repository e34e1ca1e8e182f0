/** Jest: TypeScript through ts-jest (type-checking is done once by `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // test/interop needs LibreOffice and openpyxl: `npm run test:interop` (jest.interop.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/interop/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false },
    ],
  },
  testTimeout: 120000,
};
