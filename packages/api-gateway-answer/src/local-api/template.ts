/**
 * A compiled CloudFormation template, as the local API reads it: its resources, and the few
 * settings of the service's configuration (serverless.yml's, or none) that the template does
 * not carry. The framework's `serverless package` output, `cdk synth` and SAM after its
 * transform all hold these resources.
 */
export interface CloudFormationResource {
  Type: string;
  Properties: Record<string, unknown>;
  /** cdk synth's `aws:asset:path`: the folder of a function's code, under cdk.out. */
  Metadata?: Record<string, unknown>;
}

/** What the local API reads of serverless.yml, when there is one: the function names, the stage, the HTTP API's CORS. */
export interface ServiceConfig {
  provider?: { stage?: string; httpApi?: { cors?: unknown; payload?: string } };
  functions?: Record<string, { events?: Array<Record<string, unknown>> }>;
}

export interface CompiledService {
  config: ServiceConfig;
  resources: Record<string, CloudFormationResource>;
  /**
   * serverless.yml's `resources.Resources` as written, its variables unresolved: a message that
   * tells the learner what to write wraps what they wrote (`${self:custom.allowedOrigin}`), not
   * the value it resolved to. Absent when there is no serverless.yml.
   */
  writtenResources?: Record<string, unknown>;
}
