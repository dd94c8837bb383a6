// What Fastify answers on its own before a request reaches a route, given the API's shape and a
// code: a request line or headers Node's HTTP parser refuses (clientError), and a URL that does not
// decode (frameworkErrors). Fastify's defaults answer these with a body of their own, no code.
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, ERRORS, type ErrorCode } from '../errors.js';

export function clientErrorHandler(err: Error & { code?: string }, socket: Socket) {
  // A reset connection has no one left to answer (Node's and Fastify's own rule).
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'BAD_REQUEST';
  const status = ERRORS[code].status;
  const message = code === 'BAD_REQUEST' ? 'The request is not valid HTTP.' : undefined;
  const body = JSON.stringify(errorBody(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  // The byte stream cannot be trusted past a parse error: the connection ends here.
  socket.destroy();
}

export function frameworkErrors(err: Error & { code?: string }, _req: FastifyRequest, reply: FastifyReply) {
  return reply.code(400).send(errorBody('BAD_REQUEST', `${ERRORS.BAD_REQUEST.message} (${err.message})`));
}
