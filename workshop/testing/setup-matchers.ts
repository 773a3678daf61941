// Registers the model's matchers (toBeDeliveredWithStatus, toBeMappedToStatus,
// toBeAcceptedByApiGateway…) for every test file, as a learner's own project would.
import 'api-gateway-answer/jest';
