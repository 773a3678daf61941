import type { IntegrationResponse } from 'api-gateway-answer';
import { probeCases } from './cases';
import { responseMismatches } from './deployed-responses';

// What the framework compiles from ./probe/serverless.yml (checked by packaging it once by hand):
// empty ResponseParameters and ResponseTemplates next to the recorded configuration.
const compiled = (responses: Array<[string, string, string?]>): IntegrationResponse[] =>
  responses.map(([StatusCode, SelectionPattern, template]) => ({
    StatusCode,
    SelectionPattern,
    ResponseParameters: {},
    ResponseTemplates: (template ? { 'application/json': template } : {}) as Record<string, string>,
  }));
const selection = compiled([
  ['200', ''],
  ['405', '.*400.*'],
  ['502', '.*5\\d\\d.*'],
]);
const overlapping = compiled([
  ['200', ''],
  ['405', '.*four hundred.*'],
  ['502', '.+'],
  ['504', '200'],
]);
const passThrough = compiled([['200', '']]);
const override = probeCases.find((probeCase) => probeCase.route === 'lambda-override');
const overrideTemplate =
  override?.integration === 'lambda'
    ? override.responses[0].ResponseTemplates?.['application/json']
    : undefined;

describe('the deployed integration responses', () => {
  it('agree with the cases when they are what the cases repeat', () => {
    expect(
      responseMismatches(probeCases, {
        'lambda-selection': selection,
        'lambda-overlapping': overlapping,
        'lambda-pass-through': passThrough,
        'lambda-override': compiled([['200', '', overrideTemplate]]),
      }),
    ).toEqual([]);
  });

  it('name the route that differs, and the one that is missing', () => {
    const mismatches = responseMismatches(probeCases, {
      'lambda-selection': overlapping,
      'lambda-overlapping': overlapping,
      'lambda-pass-through': passThrough,
    });
    expect(mismatches).toEqual([
      expect.stringMatching(/^POST \/lambda-selection: deployed .*"\.\+".* needs .*5\\\\d\\\\d/),
      'POST /lambda-override: not in the template; ./probe/serverless.yml must declare it',
    ]);
  });
});
