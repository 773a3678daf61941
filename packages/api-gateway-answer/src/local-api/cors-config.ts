import type { CorsConfig } from '../engine';
import type { CfnCors } from './service-routes';

/** CloudFormation's resolved CORS settings, as the model reads serverless.yml's. */
export function toCorsConfig(cors: CfnCors): CorsConfig {
  return {
    allowedOrigins: cors.AllowOrigins ?? [],
    allowedHeaders: cors.AllowHeaders ?? [],
    allowedMethods: cors.AllowMethods ?? [],
    allowCredentials: cors.AllowCredentials === true,
    exposedResponseHeaders: cors.ExposeHeaders ?? [],
    ...(cors.MaxAge === undefined ? {} : { maxAge: cors.MaxAge }),
  };
}
