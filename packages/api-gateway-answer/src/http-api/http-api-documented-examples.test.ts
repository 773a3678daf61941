import { httpApiEvents } from '../events/http-api-events';
import { compare } from '../recordings/replay';
import { httpApiEvidence } from './evidence';
import {
  describeDocumentedExample,
  httpApiDocumentedExamples,
} from './http-api-documented-examples';
import { invokeThroughHttpApi } from './invoke-through-http-api';

// Every HTTP API answer AWS's guide shows, replayed through the model beside the recordings:
// documented, not recorded.
describe('the HTTP API model reproduces every answer AWS documents by example', () => {
  it.each(httpApiDocumentedExamples.map((example) => [example.name, example] as const))(
    '%s',
    async (_, example) => {
      const answer = await invokeThroughHttpApi(
        async () => example.result,
        httpApiEvents.jsonBody(),
      );
      expect({
        source: describeDocumentedExample(example.source),
        differences: compare(example.client, answer, "AWS's guide"),
      }).toEqual({ source: describeDocumentedExample(example.source), differences: [] });
      // The model cites the page for both, so a learner's check may rely on them.
      expect(answer.evidence?.level).toBe('documented');
    },
  );

  it('the string example is the rule v2InferredString cites', () => {
    expect(httpApiEvidence.v2InferredString.source).toBe(httpApiDocumentedExamples[0].source.page);
  });
});
