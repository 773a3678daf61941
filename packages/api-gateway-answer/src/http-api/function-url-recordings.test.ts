import { asFunctionUrlEvent, httpApiEvents } from '../events/http-api-events';
import { describeProvenance } from '../recordings/recording';
import { compare } from '../recordings/replay';
import { functionUrlRecordings } from './function-url-recordings';
import { invokeThroughFunctionUrl } from './invoke-through-function-url';

// Every Function URL answer recorded from real AWS, replayed through the model.
describe('the Function URL model reproduces every recorded AWS answer', () => {
  it.each(functionUrlRecordings.map((r) => [r.name, r] as const))('%s', async (_, recording) => {
    const { lambda } = recording;
    const answer = await invokeThroughFunctionUrl(async () => {
      if ('error' in lambda) {
        const error = new Error(lambda.error.errorMessage);
        error.name = lambda.error.errorType;
        throw error;
      }
      return lambda.result;
    }, asFunctionUrlEvent(httpApiEvents.jsonBody()));
    expect({
      recording: describeProvenance(recording.provenance),
      differences: compare(recording.client, answer),
    }).toEqual({ recording: describeProvenance(recording.provenance), differences: [] });
  });
});
