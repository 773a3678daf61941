import type { IntegrationResponse } from 'api-gateway-answer';
import {
  type CloudFormationResource,
  methodIntegration,
  type PackagedService,
} from '../serverless/package-service';
import type { ProbeCase, ProbeRoute } from './cases';

/** The integration responses of each Lambda-integration route in a compiled template's resources. */
export function deployedResponses(
  resources: Record<string, CloudFormationResource>,
  cases: ProbeCase[],
): Partial<Record<ProbeRoute, IntegrationResponse[]>> {
  const service = { resources } as Pick<PackagedService, 'resources'> as PackagedService;
  const routes = new Set(
    cases
      .filter((probeCase) => probeCase.integration === 'lambda')
      .map((probeCase) => probeCase.route),
  );
  const deployed: Partial<Record<ProbeRoute, IntegrationResponse[]>> = {};
  for (const route of routes) {
    const responses = methodIntegration(service, route, 'POST')?.IntegrationResponses;
    if (responses) deployed[route] = responses;
  }
  return deployed;
}

/**
 * Where the probe's serverless.yml made other integration responses than a case repeats:
 * the recording would then not repeat it. Compares what API Gateway applies: the status,
 * the pattern ('' and none are the same) and the application/json template.
 */
export function responseMismatches(
  cases: ProbeCase[],
  deployed: Partial<Record<ProbeRoute, IntegrationResponse[]>>,
): string[] {
  const mismatches = new Map<ProbeRoute, string>();
  for (const probeCase of cases) {
    if (probeCase.integration !== 'lambda' || mismatches.has(probeCase.route)) continue;
    const actual = deployed[probeCase.route];
    if (actual === undefined)
      mismatches.set(
        probeCase.route,
        `POST /${probeCase.route}: not in the template; ./probe/serverless.yml must declare it`,
      );
    else if (
      JSON.stringify(actual.map(essence)) !== JSON.stringify(probeCase.responses.map(essence))
    ) {
      mismatches.set(
        probeCase.route,
        `POST /${probeCase.route}: deployed ${JSON.stringify(actual.map(essence))}, case "${probeCase.id}" needs ${JSON.stringify(probeCase.responses.map(essence))}`,
      );
    }
  }
  return [...mismatches.values()];
}

function essence(response: IntegrationResponse) {
  return {
    status: String(response.StatusCode),
    pattern: response.SelectionPattern ?? '',
    template: response.ResponseTemplates?.['application/json']?.trim() ?? null,
  };
}
