import { findCase, type ProbeCase } from './cases';
import { probeRequest } from './request';

describe('probeRequest', () => {
  it("posts JSON to the case's route, naming the case in the query", () => {
    const probeCase = findCase('overlap-lambda-selection-pattern-400') as ProbeCase;
    expect(
      probeRequest(probeCase, 'https://a1b2c3.execute-api.us-east-2.amazonaws.com/record/'),
    ).toEqual({
      url: 'https://a1b2c3.execute-api.us-east-2.amazonaws.com/record/lambda-overlapping?case=overlap-lambda-selection-pattern-400',
      init: {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"probe": true}',
      },
    });
  });
});
