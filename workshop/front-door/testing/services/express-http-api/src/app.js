// An Express app as a real project has one: JSON in, JSON out, a 404 of its own.
const express = require('express');

const app = express();
app.use(express.json());

app.get('/', (_request, response) => {
  response.json({ service: 'express' });
});

app.get('/users/:id', (request, response) => {
  response.json({ id: request.params.id, verbose: request.query.verbose ?? null });
});

app.post('/users', (request, response) => {
  response.status(201).json({ created: request.body });
});

app.use((request, response) => {
  response.status(404).json({ error: `No route for ${request.method} ${request.path}` });
});

module.exports = { app };
