// Step 01 — the handler module.

// TODO: export an async function named throwError: the handler Lambda calls for each request.
//       Type its event, its context and its result with the API Gateway proxy types that
//       @types/aws-lambda provides. For now it can answer 200 with an empty body.
export {};
