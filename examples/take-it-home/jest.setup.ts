import 'api-gateway-answer/jest';
