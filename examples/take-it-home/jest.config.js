// middy is published as ES modules only: jest runs the tests as ES modules
// (`node --experimental-vm-modules`, in package.json's test script), ts-jest compiles them.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  // The sources import './handler.js', as Node.js needs; jest finds handler.ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Registers toBeAcceptedByApiGateway, toAnswerThroughApiGateway and toBeReadableFrom.
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
};
