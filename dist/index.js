import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ (function (module, __unused_webpack_exports, __nccwpck_require__) {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 407:
/***/ (function (module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(0);
/* harmony import */ var _util_warnings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27);
/** The action's entry point: all logic lives in main.ts. */


/* istanbul ignore next */
process.emitWarning = (0,_util_warnings_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutBufferDeprecation */ .r)(process.emitWarning.bind(process));
/* istanbul ignore next */
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 0:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./scripts/undici-stub.mjs
// Bundled in place of undici (tsconfig.json "paths"). @actions/http-client
// imports undici at its top level, for getAgentDispatcher() only: a proxy
// for fetch(), which this action never uses (its requests go through node's
// http and https, and their proxy support stays). undici was 60% of the
// bundle and 30 ms of every start.
class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action')
  }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary_summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./src/util/input-lines.ts
/** A multi-line input's lines: trimmed, without blank lines and `#` comments. Pure. */
function inputLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}

;// CONCATENATED MODULE: ./src/results/statuses.ts
/**
 * QA Sphere result statuses: the five defaults and four custom ones whose
 * names and colours each account sets. Pure: mapping outcomes to statuses,
 * resolving display names, and deciding which custom statuses to update.
 */

const STATUS_IDS = [
    'passed',
    'failed',
    'blocked',
    'skipped',
    'open',
    'custom1',
    'custom2',
    'custom3',
    'custom4'
];
const COLORS = [
    'blue',
    'gray',
    'red',
    'orange',
    'yellow',
    'green',
    'teal',
    'indigo',
    'purple',
    'pink'
];
const OUTCOMES = [
    'passed',
    'failure',
    'error',
    'skipped',
    'flaky'
];
/** The defaults cannot be renamed: their names are known without asking. */
const DEFAULT_STATUSES = [
    { id: 'open', name: 'Open', color: 'blue', isDefault: true, isActive: true },
    {
        id: 'passed',
        name: 'Passed',
        color: 'green',
        isDefault: true,
        isActive: true
    },
    {
        id: 'failed',
        name: 'Failed',
        color: 'red',
        isDefault: true,
        isActive: true
    },
    {
        id: 'skipped',
        name: 'Skipped',
        color: 'gray',
        isDefault: true,
        isActive: true
    },
    {
        id: 'blocked',
        name: 'Blocked',
        color: 'orange',
        isDefault: true,
        isActive: true
    }
];
/** As QA Sphere's own CLI maps them; a flaky test passed in the end. */
const DEFAULT_STATUS_MAP = {
    passed: 'passed',
    failure: 'failed',
    error: 'blocked',
    skipped: 'skipped',
    flaky: 'passed'
};
class StatusError extends Error {
}
/** `, flaky=` in a status: a second mapping written on the same line. */
const MAPPING_AFTER_COMMA = new RegExp(`,\\s*(?:${OUTCOMES.join('|')})\\s*=`, 'i');
/** `status-map` lines `outcome=status`; throws on an unknown outcome. */
function parseStatusMap(text) {
    const entries = [];
    for (const line of inputLines(text)) {
        const eq = line.indexOf('=');
        const outcome = line.slice(0, eq).trim().toLowerCase();
        const target = line.slice(eq + 1).trim();
        if (eq < 0 || !target) {
            throw new StatusError(`"${line}" is not outcome=status (like error=Known Issue)`);
        }
        if (!OUTCOMES.includes(outcome)) {
            throw new StatusError(`"${line.slice(0, eq).trim()}" is not an outcome; outcomes are ${OUTCOMES.join(', ')}`);
        }
        // `error=blocked, flaky=passed`: the issues input takes commas, this does
        // not. (A status's name may hold `=`.)
        if (MAPPING_AFTER_COMMA.test(target)) {
            throw new StatusError(`"${line}" holds more than one mapping: write one outcome=status per line`);
        }
        if (entries.some((e) => e.outcome === outcome)) {
            throw new StatusError(`maps ${outcome} twice: keep one line for it`);
        }
        entries.push({ outcome, target });
    }
    return entries;
}
/** Whether resolving these entries needs the account's custom statuses. */
function needsAccountStatuses(entries) {
    return entries.some((e) => !DEFAULT_STATUSES.some((s) => s.id === e.target.toLowerCase()));
}
/**
 * The status each outcome gets. A target is a status id or a display name
 * (case-insensitive); it must exist and be active.
 */
function resolveStatusMap(entries, statuses) {
    const map = { ...DEFAULT_STATUS_MAP };
    for (const { outcome, target } of entries) {
        const wanted = target.toLowerCase();
        const named = statuses.filter((s) => s.name.toLowerCase() === wanted);
        const activeNamed = named.filter((s) => s.isActive);
        const byId = statuses.find((s) => s.id === wanted);
        if (!byId && activeNamed.length > 1) {
            throw new StatusError(`status-map: ${outcome}=${target}: ${activeNamed.length} active statuses are named "${target}" (${activeNamed.map((s) => s.id).join(', ')}): map to the id of the one meant`);
        }
        // An id first; of statuses sharing a name, the active one.
        const status = byId ?? activeNamed[0] ?? named[0];
        if (!status) {
            const known = statuses
                .filter((s) => s.isActive)
                .map((s) => `${s.id} ("${s.name}")`);
            throw new StatusError(`status-map: ${outcome}=${target}: there is no status "${target}" in QA Sphere. Use a status id or the name of an active status: ${known.join(', ')}`);
        }
        if (!status.isActive) {
            throw new StatusError(`status-map: ${outcome}=${target}: the status "${status.name}" (${status.id}) is not active in QA Sphere. Enable it in QA Sphere's settings (Settings → Statuses), or let this action enable it with configure-statuses: ${status.id}=${status.name}:${status.color} (needs an admin API key)`);
        }
        map[outcome] = status.id;
    }
    return map;
}
/** `configure-statuses` lines `custom1=Flaky:orange`. */
function parseStatusUpdates(text) {
    const updates = [];
    for (const line of inputLines(text)) {
        const match = /^(custom[1-4])\s*=\s*(\S.*?)\s*:\s*([a-z]+)$/i.exec(line);
        if (!match) {
            throw new StatusError(`"${line}" is not customN=Name:color (like custom1=Flaky:orange); N is 1 to 4`);
        }
        const color = match[3].toLowerCase();
        if (!COLORS.includes(color)) {
            throw new StatusError(`"${line}": the colour "${match[3]}" is not one of ${COLORS.join(', ')}`);
        }
        const id = match[1].toLowerCase();
        if (updates.some((u) => u.id === id)) {
            throw new StatusError(`sets ${id} twice: keep one line for it`);
        }
        updates.push({ id, name: match[2], color });
    }
    return updates;
}
/** The updates that change something; already-active statuses with that name and colour are skipped. */
function neededUpdates(wanted, current) {
    return wanted.filter((update) => {
        const now = current.find((s) => s.id === update.id);
        return !(now &&
            now.isActive &&
            now.name === update.name &&
            now.color === update.color);
    });
}
/** Display name of a status, for comments and the summary. */
function statusName(id, statuses) {
    return statuses.find((s) => s.id === id)?.name ?? id;
}

;// CONCATENATED MODULE: ./src/config.ts
/**
 * Inputs, read once into a typed and validated config. Every error names the
 * input it is about. Reading goes through a function so tests need no mocks.
 */


/** Sent with every request, to QA Sphere and to GitHub. */
const USER_AGENT = 'qasphere-junit-action';
const DEFAULT_REPORTS = [
    '**/junit*.xml',
    '**/*-junit.xml',
    '**/*_junit.xml',
    '**/TEST-*.xml',
    '**/test-results.xml',
    '**/test-results/**/*.xml',
    '**/TestResults/*.xml',
    '!**/node_modules/**'
];
class InputError extends Error {
    constructor(input, problem) {
        super(`Input "${input}": ${problem}`);
    }
}
/** Required inputs left empty: `Inputs "url" and "run" are not set: …`. */
class MissingInputsError extends InputError {
    constructor(names, advice) {
        super(names.join(', '), advice);
        const quoted = names.map((name) => `"${name}"`);
        const last = quoted.pop();
        this.message =
            quoted.length === 0
                ? `Input ${last} is not set: ${advice}`
                : `Inputs ${quoted.join(', ')} and ${last} are not set: ${advice}`;
    }
}
function readConfig(getInput, maskSecret) {
    const apiKey = getInput('api-key');
    if (apiKey)
        maskSecret(apiKey);
    const runUrl = getInput('run-url');
    const target = runUrl
        ? targetFromRunUrl(runUrl, getInput)
        : targetFromParts(getInput);
    const reports = inputLines(getInput('reports'));
    // run-title and its companions mean nothing once the run is named.
    const ignoredInputs = target.run === undefined
        ? []
        : ['run-title', 'run-description', 'milestone-id'].filter((name) => getInput(name) !== '');
    return {
        ...target,
        ignoredInputs,
        apiKey,
        reports: reports.length > 0 ? reports : DEFAULT_REPORTS,
        ifNoFilesFound: oneOf(getInput, 'if-no-files-found', ['warn', 'error', 'ignore'], 'warn'),
        onUnmatched: oneOf(getInput, 'on-unmatched', ['warn', 'fail', 'ignore'], 'warn'),
        failOnTestFailure: booleanInput(getInput, 'fail-on-test-failure', false),
        dryRun: booleanInput(getInput, 'dry-run', false),
        closeRun: booleanInput(getInput, 'close-run', false),
        batchSize: integerInput(getInput, 'batch-size', 500, 1, 1000),
        retries: integerInput(getInput, 'retries', 5, 0, 20),
        timeoutSeconds: integerInput(getInput, 'timeout', 600, 1, 6 * 3600),
        rateLimit: integerInput(getInput, 'rate-limit', 20, 1, 10_000),
        annotations: booleanInput(getInput, 'annotations', true),
        attachments: booleanInput(getInput, 'attachments', false),
        statusMap: statusInput('status-map', () => parseStatusMap(getInput('status-map'))),
        configureStatuses: statusInput('configure-statuses', () => parseStatusUpdates(getInput('configure-statuses'))),
        issueIntegrationId: getInput('issue-integration-id'),
        linkIssues: oneOf(getInput, 'link-issues', ['failed', 'all', 'none'], 'failed'),
        issues: getInput('issues'),
        githubToken: secret(getInput('github-token'), maskSecret)
    };
}
function statusInput(input, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (error instanceof StatusError)
            throw new InputError(input, error.message);
        throw error;
    }
}
function secret(value, maskSecret) {
    if (value)
        maskSecret(value);
    return value;
}
function targetFromParts(getInput) {
    const url = getInput('url');
    const project = getInput('project');
    const run = getInput('run');
    const title = getInput('run-title');
    if (!url || !project || (!run && !title)) {
        const missing = [
            ['url', url],
            ['project', project],
            ['run', run || title]
        ]
            .filter(([, value]) => !value)
            .map(([name]) => name);
        throw new MissingInputsError(missing, "set url, project and run (or run-title to create the run), or set run-url to the run's address (https://<tenant>.qasphere.com/project/BD/run/42)");
    }
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(project)) {
        throw new InputError('project', `"${project}" is not a project code or id (like BD)`);
    }
    const baseUrl = tenantUrl('url', url);
    if (/\/project\//.test(baseUrl)) {
        throw new InputError('url', `"${url}" is the address of a page, not the tenant: use it as run-url, or set url to ${new URL(baseUrl).origin}`);
    }
    if (run)
        return { baseUrl, project, run: runId('run', run), newRun: undefined };
    return {
        baseUrl,
        project,
        run: undefined,
        newRun: newRunFrom(title, getInput)
    };
}
/** The run to create (or reuse) by title; no template language: the workflow's expressions fill it. */
function newRunFrom(title, getInput) {
    if (title.length > 255) {
        throw new InputError('run-title', `is ${title.length} characters long; QA Sphere allows at most 255`);
    }
    const newRun = { title };
    const description = getInput('run-description');
    if (description) {
        if (description.length > 512) {
            throw new InputError('run-description', `is ${description.length} characters long; QA Sphere allows at most 512`);
        }
        newRun.description = description;
    }
    const milestone = getInput('milestone-id');
    if (milestone) {
        if (!/^\d{1,9}$/.test(milestone) || Number(milestone) < 1) {
            throw new InputError('milestone-id', `"${milestone}" is not a positive integer`);
        }
        newRun.milestoneId = Number(milestone);
    }
    return newRun;
}
function targetFromRunUrl(runUrl, getInput) {
    const parsed = parseHttpUrl('run-url', runUrl);
    const match = /^(.*?)\/project\/([A-Za-z0-9_-]{1,64})\/run\/([^/?#]+)/.exec(parsed.pathname);
    if (!match) {
        throw new InputError('run-url', `"${runUrl}" is not the address of a QA Sphere run, which looks like https://acme.eu1.qasphere.com/project/BD/run/42`);
    }
    const baseUrl = tenantUrl('run-url', parsed.origin + match[1]);
    const target = {
        baseUrl,
        project: match[2],
        run: runId('run-url', match[3]),
        newRun: undefined
    };
    // The separate inputs may repeat what run-url says, but not contradict it.
    const url = getInput('url');
    if (url && tenantUrl('url', url) !== baseUrl) {
        throw new InputError('url', `"${url}" is not the tenant of run-url "${runUrl}"; set one of them`);
    }
    const project = getInput('project');
    // A code and an id of one project differ as text: only two codes, or two
    // ids, can be told apart here.
    const sameKind = PROJECT_CODE.test(project) === PROJECT_CODE.test(target.project);
    if (project &&
        sameKind &&
        project.toUpperCase() !== target.project.toUpperCase()) {
        throw new InputError('project', `"${project}" contradicts run-url "${runUrl}"; set one of them`);
    }
    const run = getInput('run');
    if (run && runId('run', run) !== target.run) {
        throw new InputError('run', `"${run}" contradicts run-url "${runUrl}"; set one of them`);
    }
    return target;
}
/** A project code (`BD`); anything else names a project by its id. */
const PROJECT_CODE = /^[A-Za-z][A-Za-z0-9]{0,9}$/;
const LOOPBACK_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
function parseHttpUrl(input, value) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new InputError(input, `"${value}" is not a URL; expected https://<tenant>.qasphere.com${input === 'run-url' ? '/project/BD/run/42' : ''}`);
    }
    if (parsed.username || parsed.password) {
        throw new InputError(input, 'must not contain credentials; pass the key in api-key');
    }
    if (parsed.protocol === 'https:')
        return parsed;
    if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.test(parsed.hostname))
        return parsed;
    throw new InputError(input, `"${value}" must use https:// (plain http:// is allowed only for localhost, 127.0.0.0/8 and ::1)`);
}
function tenantUrl(input, value) {
    const parsed = parseHttpUrl(input, value);
    if (parsed.search || parsed.hash) {
        throw new InputError(input, `"${value}" must not have a query or fragment`);
    }
    // QA Sphere's API documentation writes the API's base: the tenant is before it.
    return (parsed.origin + parsed.pathname)
        .replace(/\/+$/, '')
        .replace(/\/api\/public\/v0$/i, '');
}
function runId(input, value) {
    if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
        throw new InputError(input, `run id "${value}" is not a positive integer`);
    }
    return Number(value);
}
function oneOf(getInput, input, allowed, fallback) {
    const value = getInput(input).toLowerCase();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new InputError(input, `"${value}" is not one of ${allowed.join(', ')}`);
}
/** YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(getInput, input, fallback) {
    const value = getInput(input);
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(input, `"${value}" is not true or false`);
}
function integerInput(getInput, input, fallback, min, max) {
    const value = getInput(input);
    if (value === '')
        return fallback;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) {
        throw new InputError(input, `"${value}" is not a whole number from ${min} to ${max}`);
    }
    return number;
}

;// CONCATENATED MODULE: ./src/util/counted.ts
/**
 * A count with its noun, as people write it: `1 test`, `3 tests`,
 * `20,000 tests`. For the summary, comments and the log. Pure.
 */
function counted(count, singular, plural = `${singular}s`) {
    return `${grouped(count)} ${count === 1 ? singular : plural}`;
}
/** `20000` → `20,000`; the same on every runner, whatever its locale. */
function grouped(count) {
    return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
/**
 * `a, b, c and 1,234 more`: the first `max` items as `show` writes them, and
 * how many are left out, for lists that can run to thousands. Pure.
 */
function firstAndMore(items, max, show, separator = ', ') {
    const listed = items.slice(0, max).map(show).join(separator);
    return items.length > max
        ? `${listed} and ${grouped(items.length - max)} more`
        : listed;
}

;// CONCATENATED MODULE: ./src/util/error-message.ts
/**
 * What a caught value says: its message, or the value itself when something
 * other than an Error was thrown. Never empty: node's connect to a host of
 * several addresses fails with an AggregateError whose message is '' (the
 * reasons are its errors'), and an empty reason would read as no failure.
 * Pure.
 */
function errorMessage(error) {
    if (!(error instanceof Error))
        return String(error) || EMPTY;
    if (error.message)
        return error.message;
    if (error instanceof AggregateError) {
        const inner = [...new Set(error.errors.map(errorMessage))];
        if (inner.length > 0)
            return inner.join('; ');
    }
    const code = error.code;
    return typeof code === 'string' && code ? code : error.name || EMPTY;
}
const EMPTY = 'an error without a message';

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/github.ts
/** The workflow run this action is part of, from the runner's GITHUB_* variables. */

function readWorkflowRun(env = process.env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const sha = env.GITHUB_SHA ?? '';
    const links = {};
    if (repository && /^\d+$/.test(runId)) {
        links.runUrl = `${server}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
        links.runLabel = `${env.GITHUB_WORKFLOW || 'Workflow'} run ${runId}${attempt > 1 ? ` (attempt ${attempt})` : ''}`;
    }
    if (repository && /^[0-9a-f]{7,64}$/i.test(sha)) {
        links.commitUrl = `${server}/${repository}/commit/${sha}`;
        links.sha = sha;
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (eventName === 'workflow_run')
        Object.assign(links, testedRunLinks(event, server, repository));
    return {
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        repository,
        serverUrl: server,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        eventName,
        event,
        links,
        isForkPullRequest: isForkPullRequest(eventName, event),
        // The actor stays Dependabot when someone re-runs its workflow run.
        isDependabotRun: env.GITHUB_ACTOR === 'dependabot[bot]' &&
            (DEPENDABOT_RESTRICTED_EVENTS.has(eventName) ||
                // pull_request_target: restricted when Dependabot opened the pull request.
                (eventName === 'pull_request_target' &&
                    event.pull_request?.user?.login ===
                        'dependabot[bot]'))
    };
}
/** The events of a pull request that get no secrets when it comes from a fork. */
const FORK_RESTRICTED_EVENTS = new Set([
    'pull_request',
    'pull_request_review',
    'pull_request_review_comment'
]);
/** The events whose runs Dependabot starts get only Dependabot secrets (GitHub's docs). */
const DEPENDABOT_RESTRICTED_EVENTS = new Set([
    'pull_request',
    'pull_request_review',
    'pull_request_review_comment',
    'push',
    'create',
    'deployment',
    'deployment_status'
]);
/**
 * On workflow_run (the fork recipe: tests run unprivileged, results are
 * uploaded by a second workflow), GITHUB_SHA is the default branch's last
 * commit and GITHUB_RUN_ID the uploader: the comment links the run that
 * tested and the commit it tested instead.
 */
function testedRunLinks(payload, server, repository) {
    const run = payload?.workflow_run;
    if (typeof run !== 'object' || !run)
        return {};
    const links = {};
    const id = run.id;
    if (Number.isSafeInteger(id) &&
        typeof run.html_url === 'string' &&
        run.html_url.startsWith(`${server}/`)) {
        const attempt = Number.isSafeInteger(run.run_attempt)
            ? run.run_attempt
            : 1;
        const name = typeof run.name === 'string' && run.name ? run.name : 'Workflow';
        links.runUrl = run.html_url;
        links.runLabel = `${name} run ${id}${attempt > 1 ? ` (attempt ${attempt})` : ''}`;
    }
    const sha = run.head_sha;
    if (typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha)) {
        const headRepo = run.head_repository?.full_name;
        const where = typeof headRepo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(headRepo)
            ? headRepo
            : repository;
        if (where) {
            links.commitUrl = `${server}/${where}/commit/${sha}`;
            links.sha = sha;
        }
    }
    return links;
}
function readEvent(eventPath) {
    if (!eventPath)
        return {};
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Whether the head is another repository than the base. `fork` only says
 * that the head repository is a fork of some other one: true also for every
 * pull request inside a repository that is itself a fork, which gets secrets.
 */
function isForkPullRequest(eventName, payload) {
    const event = payload;
    if (!FORK_RESTRICTED_EVENTS.has(eventName) || !event.pull_request)
        return false;
    const head = event.pull_request.head?.repo;
    const base = event.pull_request.base?.repo;
    if (!head)
        return true; // the fork was deleted
    if (!head.full_name || !base?.full_name)
        return head.fork === true;
    return head.full_name.toLowerCase() !== base.full_name.toLowerCase();
}

;// CONCATENATED MODULE: ./src/markers.ts
/** `BD-12`: the canonical spelling used in logs, summaries and outputs. */
function formatMarker(projectCode, seq) {
    return `${projectCode.toUpperCase()}-${seq}`;
}
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const MIGHT_BE_IDENTIFIER = /test/i;
/** An identifier starting with `test`: `test_login_bd012`, `TestLoginBd012`. */
const TEST_IDENTIFIER = /(?<![\p{L}\p{N}])[Tt][Ee][Ss][Tt][\p{L}\p{N}_]*/gu;
class MarkerFinder {
    projectCode;
    hyphenated;
    /** `BD 12` and `BD_12`, where a tool wrote a space or `_` for hyphens (see MarkerSource). */
    writtenFor;
    /** Where an identifier's run of markers may start: `test_`, `Test`. */
    identifierStart;
    /** One marker of that run, at a given position (sticky). */
    identifierMarker;
    laterInIdentifier;
    suiteCache = new WeakMap();
    /** The blocks last read and their markers (see ofBlocks). */
    lastBlocks;
    lastBlocksMarkers = [];
    constructor(projectCode) {
        this.projectCode = projectCode.toUpperCase();
        // Boundaries are checked by hand (see codeAndNumberIn): lookarounds made
        // this the slowest part of reading a big report.
        // Case-insensitive letters spelled out: the `i` flag would also fold
        // look-alikes (`ſ` is an `S`, the Kelvin sign a `K`), and the camel-case
        // boundary (an upper-case letter after the number) stays case-sensitive.
        const codeAnyCase = anyCase(this.projectCode);
        this.hyphenated = new RegExp(`${codeAnyCase}-(\\d+)`, 'gu');
        // As written: a word like the code is too common in prose (`to 3`,
        // which testthat writes `to_3`).
        const code = escapeRegExp(this.projectCode);
        this.writtenFor = {
            ' ': new RegExp(`${code} (\\d+)`, 'gu'),
            _: new RegExp(`${code}_(\\d+)`, 'gu')
        };
        // The run is read a marker at a time: as one repeated group, a run of
        // millions overflowed the regular expression engine's stack.
        this.identifierStart = new RegExp(`${NOT_WORD_BEFORE}${anyCase('test')}_?`, 'gu');
        // The number is the digits after the code: a code may hold a digit (P2).
        this.identifierMarker = new RegExp(`${codeAnyCase}(\\d{1,9})(?:_|(?=\\p{Lu})|${NOT_WORD_AFTER})`, 'uy');
        // QA Sphere's CLI also reads a marker later in the identifier, where it
        // asks for three digits or more (it writes BD-012): `test_login_bd012_x`,
        // and at the very end of the text `test_login_bd012`, `TestLoginBd012`:
        // there at a camel-case boundary (`Bd`), not inside a word
        // (`test_get_http404` is no TP-404, `test_abd012` no BD-12).
        const camelCode = escapeRegExp(this.projectCode[0]) + anyCase(this.projectCode.slice(1));
        this.laterInIdentifier = new RegExp(`_${codeAnyCase}(\\d{3,9})(?=_|$)|(?<=\\p{Ll})${camelCode}(\\d{3,9})$`, 'gu');
    }
    /**
     * Sequence numbers marked in one text, in order of appearance, without
     * repeats; once more than MAX_MARKERS_PER_TEST are found, no more are
     * looked for (see FoundMarkers).
     */
    inText(text, hyphen) {
        if (text === '')
            return [];
        const found = new FoundMarkers();
        // Cheap pre-checks: most names have no marker of one form or the other.
        if (text.includes('-'))
            this.codeAndNumberIn(text, found, this.hyphenated);
        if (hyphen && !found.isFull() && text.includes(hyphen))
            this.codeAndNumberIn(text, found, this.writtenFor[hyphen]);
        if (!found.isFull() && MIGHT_BE_IDENTIFIER.test(text))
            this.identifiersIn(text, found);
        return found.distinct();
    }
    /** The identifier forms: `test_bd12_login`, `TestBd12Login`, `test_login_bd012`. */
    identifiersIn(text, found) {
        const start = this.identifierStart;
        const marker = this.identifierMarker;
        start.lastIndex = 0;
        while (start.exec(text) !== null) {
            marker.lastIndex = start.lastIndex;
            let runEnd = -1;
            let match;
            while ((match = marker.exec(text)) !== null) {
                if (found.add(Number(match[1])))
                    return;
                runEnd = marker.lastIndex;
            }
            if (runEnd >= 0)
                start.lastIndex = runEnd;
        }
        for (const { 0: identifier, index } of text.matchAll(TEST_IDENTIFIER)) {
            if (found.isFull())
                return;
            // The name's end: the text's, or where pytest's parameters
            // (`test_login_bd081[firefox]`) or a go subtest's name
            // (`TestCheckoutBd160/voucher`) follow it.
            const after = text.charCodeAt(index + identifier.length);
            const endsName = index + identifier.length === text.length ||
                after === 0x5b /* [ */ ||
                after === 0x2f; /* / */
            for (const match of identifier.matchAll(this.laterInIdentifier)) {
                // As the CLI: a marker ending the identifier counts only at the end
                // of the name (`test_name_C120013()` is a TestRail id, not C-120013).
                const end = match.index + match[0].length;
                if (end < identifier.length || endsName) {
                    found.add(Number(match[1] ?? match[2]));
                }
            }
        }
    }
    /** The code and a number (`BD-12`, or `BD 12`: as `pattern` joins them) not touching a letter or digit, with at most 9 digits. */
    codeAndNumberIn(text, found, pattern) {
        pattern.lastIndex = 0;
        let match;
        while ((match = pattern.exec(text)) !== null) {
            const digits = match[1];
            const end = match.index + match[0].length;
            if (
            // Leading zeros change no marker, nor count against its length.
            (digits.length <= MAX_SEQ_DIGITS ||
                digits.replace(LEADING_ZEROS, '').length <= MAX_SEQ_DIGITS) &&
                !isWordCharBefore(text, match.index) &&
                !isWordCharAt(text, end)) {
                if (found.add(Number(digits)))
                    return;
            }
            else {
                // Not a marker here; one may still start right after this position.
                pattern.lastIndex = match.index + 1;
            }
        }
    }
    /**
     * Markers of a test case: its names (but the start that is its suite's
     * name) and `qasphere` properties; where those have none, the describe
     * blocks its name or classname holds, nearest first; then its classname
     * (unless that only joins its suites' names); then its suites, nearest
     * first.
     */
    ofTestCase(testCase) {
        const hyphen = testCase.spacedMarkers
            ? ' '
            : testCase.underscoredMarkers
                ? '_'
                : undefined;
        let own = this.inText(testCase.nameAfterSuite
            ? testCase.name.slice(testCase.nameAfterSuite)
            : testCase.name, hyphen);
        const more = testCase.reportedName
            ? [testCase.reportedName, ...testCase.markerProperties]
            : testCase.markerProperties;
        if (more.length > 0) {
            const found = new FoundMarkers(own);
            for (const value of more) {
                if (found.isFull())
                    break;
                for (const seq of this.inText(value))
                    found.add(seq);
            }
            own = found.distinct();
        }
        if (own.length > 0)
            return own;
        if (testCase.blocks) {
            const fromBlocks = this.ofBlocks(testCase.blocks, hyphen);
            if (fromBlocks.length > 0)
                return fromBlocks;
        }
        if (!testCase.classnameOfSuites) {
            const fromClass = this.inText(testCase.classname);
            if (fromClass.length > 0)
                return fromClass;
        }
        return this.ofSuites(testCase.suites, hyphen);
    }
    /**
     * The nearest marked block's markers. A suite's tests of one class or
     * block share their list (see TestCase.blocks), read in a row: the last
     * list's markers are kept. `hyphen` is the same for every test of a list.
     */
    ofBlocks(blocks, hyphen) {
        if (blocks === this.lastBlocks)
            return this.lastBlocksMarkers;
        let found = [];
        for (const block of blocks) {
            found = this.inText(block, hyphen);
            if (found.length > 0)
                break;
        }
        this.lastBlocks = blocks;
        this.lastBlocksMarkers = found;
        return found;
    }
    /** A report's suites are named one way: `hyphen` is the same for every test of `suites`. */
    ofSuites(suites, hyphen) {
        let cached = this.suiteCache.get(suites);
        if (!cached) {
            cached = [];
            for (const suite of suites) {
                cached = this.inText(suite, hyphen);
                if (cached.length > 0)
                    break;
            }
            this.suiteCache.set(suites, cached);
        }
        return cached;
    }
}
/**
 * Markers one test carries at most (MarkerGroups refuses a report with more):
 * no test marks this many, and a 256 MiB name of them would take gigabytes.
 */
const MAX_MARKERS_PER_TEST = 1000;
/**
 * Markers found in a test's texts, in order of appearance. Full once it
 * holds more than MAX_MARKERS_PER_TEST different ones: then no more are
 * looked for, and distinct() gives the first MAX_MARKERS_PER_TEST + 1.
 */
class FoundMarkers {
    seqs;
    /** Length when repeats were last dropped; dropped again only once it has doubled. */
    compacted = 0;
    constructor(seqs = []) {
        this.seqs = seqs;
    }
    /** Adds one; whether it is full now. */
    add(seq) {
        this.seqs.push(seq);
        return this.isFull();
    }
    // Repeats are dropped only when the list has doubled since the last time,
    // so that a name of a thousand markers and then a million repeats stays
    // linear; in between, at most as many more finds are made.
    isFull() {
        const length = this.seqs.length;
        if (length <= MAX_MARKERS_PER_TEST || length <= 2 * this.compacted)
            return false;
        this.seqs = withoutRepeats(this.seqs);
        this.compacted = this.seqs.length;
        return this.seqs.length > MAX_MARKERS_PER_TEST;
    }
    distinct() {
        const seqs = withoutRepeats(this.seqs);
        return seqs.length > MAX_MARKERS_PER_TEST + 1
            ? seqs.slice(0, MAX_MARKERS_PER_TEST + 1)
            : seqs;
    }
}
/** A sequence number, never a timestamp or hash. */
const MAX_SEQ_DIGITS = 9;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether text[index…] starts with a letter or digit (any script). */
function isWordCharAt(text, index) {
    if (index >= text.length)
        return false;
    const code = text.charCodeAt(index);
    if (code < 0x80)
        return isAsciiLetterOrDigit(code);
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index) ?? code));
}
/** Whether the character before text[index] is a letter or digit (surrogate pairs whole). */
function isWordCharBefore(text, index) {
    if (index === 0)
        return false;
    const code = text.charCodeAt(index - 1);
    if (code < 0x80)
        return isAsciiLetterOrDigit(code);
    const pairStart = code >= 0xdc00 &&
        code <= 0xdfff &&
        index >= 2 &&
        text.charCodeAt(index - 2) >= 0xd800 &&
        text.charCodeAt(index - 2) <= 0xdbff;
    return isWordCharAt(text, pairStart ? index - 2 : index - 1);
}
function isAsciiLetterOrDigit(code) {
    const lower = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}
/** The list in order without repeats; linear, as a hostile name may hold 100,000 markers. */
function withoutRepeats(list) {
    if (list.length < 2)
        return list;
    if (list.length === 2)
        return list[0] === list[1] ? [list[0]] : list;
    return [...new Set(list)];
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
const LEADING_ZEROS = /^0+(?=\d)/;
function anyCase(text) {
    return [...text]
        .map((c) => {
        const lower = c.toLowerCase();
        const upper = c.toUpperCase();
        return lower === upper ? escapeRegExp(c) : `[${upper}${lower}]`;
    })
        .join('');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/util/http-body.ts
/** An answer larger than the most the action reads of it: it was not read. */
class AnswerTooLargeError extends Error {
    limit;
    constructor(limit) {
        super(`the answer is larger than ${formatBytes(limit)}`);
        this.limit = limit;
    }
}
/**
 * The answer's body, at most `maxBytes` of it: a larger one (by its
 * Content-Length, or once that many bytes have come) is dropped and its
 * connection closed, and the promise rejects with AnswerTooLargeError.
 * @actions/http-client's readBody has no limit, and concatenates every chunk onto
 * the previous ones, which is quadratic: a 14 MB listing took a second.
 */
function readBody(message, maxBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let bytes = 0;
        const tooLarge = () => {
            chunks.length = 0;
            reject(new AnswerTooLargeError(maxBytes));
            message.destroy();
        };
        message.on('error', reject);
        if (Number(message.headers['content-length']) > maxBytes) {
            tooLarge();
            return;
        }
        message.on('data', (chunk) => {
            if (bytes > maxBytes)
                return; // dropped; the connection is closing
            bytes += chunk.length;
            if (bytes > maxBytes)
                tooLarge();
            else
                chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks, bytes).toString('utf8')));
        // Destroyed before its end (an abort): no 'end' will come.
        message.on('close', () => {
            if (!message.complete)
                reject(new Error('the connection closed before the answer ended'));
        });
    });
}
function formatBytes(bytes) {
    const mib = bytes / (1024 * 1024);
    return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./src/util/json-pieces.ts
/**
 * A JSON array as a sequence of strings that join to `JSON.stringify` of the
 * whole array: `[`, the items of a piece, `,`, the next piece's items … `]`.
 * Each piece is tens of KB, well below V8's large-object size, so it dies
 * young; one string for a big array would stay in the old space until a full
 * garbage collection. The brackets and commas come as pieces of their own: a
 * piece is a slice of its JSON.stringify (no copy), where `,` + piece would be
 * a copy of it once written. Pure.
 */
function* jsonArrayPieces(length, itemAt, itemsPerPiece) {
    yield '[';
    for (let from = 0; from < length; from += itemsPerPiece) {
        const to = Math.min(from + itemsPerPiece, length);
        const json = JSON.stringify(Array.from({ length: to - from }, (_, k) => itemAt(from + k)));
        if (from > 0)
            yield ',';
        yield json.slice(1, -1);
    }
    yield ']';
}

;// CONCATENATED MODULE: ./src/qasphere/client.ts
/**
 * The part of QA Sphere's public REST API this action uses.
 * It receives its base URL, API key and HTTP client, so tests can point it at
 * a loopback server; it never logs the key.
 */








/** What a status means for a user of this action, in plain words. */
const MEANINGS = {
    400: 'QA Sphere refused the request as invalid',
    401: 'the API key is missing, malformed or not valid for this QA Sphere tenant: check the api-key secret and the url',
    403: "the API key's role may not do this (adding results needs the Test Runner role or higher), or the project is archived, or the tenant is suspended",
    404: 'the project, the run or a test case was not found: check project and run (or run-url)',
    409: 'the run is closed, and QA Sphere takes no results in a closed run: reopen it in QA Sphere or post to another run (with close-run, a re-run or another matrix leg that reuses the run by run-title finds it closed: close it in a last job instead)',
    413: 'the request is too large for QA Sphere (for results: lower batch-size)',
    429: "QA Sphere's rate limit (20 requests per second per API key) was exceeded"
};
class QaSphereApiError extends Error {
    method;
    path;
    status;
    apiMessage;
    constructor(method, path, status, apiMessage) {
        const meaning = MEANINGS[status] ??
            (status >= 500
                ? 'QA Sphere had an internal error; try again later'
                : 'unexpected answer');
        const said = apiMessage ? `: "${apiMessage}"` : '';
        super(`QA Sphere answered ${method} ${path} with HTTP ${status}${said}. This means ${meaning}.`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.apiMessage = apiMessage;
    }
}
/**
 * QA Sphere could not be reached: nothing was sent (connection refused,
 * DNS, …), or a request that may safely be repeated (a read, creating a run,
 * closing it, uploading files) got no answer however often it was sent.
 */
class QaSphereNetworkError extends Error {
}
/**
 * A POST whose fate is unknown: QA Sphere answered 500/502/504, or the
 * connection dropped or timed out after the request was sent. The batch may
 * have been stored; it must not be resent blindly.
 */
class QaSphereAmbiguousError extends Error {
    happened;
    answered;
    elapsedMs;
    /**
     * `happened`: what went wrong, without the conclusion the message adds.
     * `answered`: QA Sphere itself answered (HTTP 500, or a 2xx it could not
     * use), so its work on the request is over; otherwise (no answer, a
     * gateway's 502/504) it may still be storing it. `elapsedMs`: how long the
     * request took before it failed.
     */
    constructor(happened, answered = false, elapsedMs = 0) {
        super(`${happened}; the request may or may not have been stored`);
        this.happened = happened;
        this.answered = answered;
        this.elapsedMs = elapsedMs;
    }
}
/** The `timeout` input ran out. */
class QaSphereTimeoutError extends Error {
}
/** Where a batch of results goes, below the API's base (`/api/public/v0`). */
function resultBatchPath(project, run) {
    return `/project/${encodeURIComponent(project)}/run/${run}/result/batch`;
}
const DEFAULT_POLICY = {
    retries: 5,
    deadline: Number.POSITIVE_INFINITY,
    requestTimeoutMs: 120_000,
    requestsPerSecond: 20,
    sleep: (ms, signal) => (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal })
};
/** A GET is retried on these too. */
const TRANSIENT = new Set([500, 502, 503, 504]);
/**
 * For a POST that is not idempotent (a batch), every 5xx but these may have
 * been stored: a gateway's 502/504, a CDN's 520-527, 507 came after the
 * request reached something that may have passed it on; so may a 503
 * without Retry-After (Heroku's request timeout, Envoy's upstream reset).
 */
const NEVER_PROCESSED_5XX = new Set([501, 505]);
/** Failures before anything was sent. */
const CONNECT_ERRORS = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH'
]);
const MAX_BACKOFF_MS = 30_000;
/**
 * Kept between a request and the one `limit` requests later, beyond the
 * second: the first requests of an upload open connections and reach QA
 * Sphere later than those on open ones, so a window QA Sphere counts could
 * hold one more than the limit.
 */
const PACE_MARGIN_MS = 100;
/** Left for a request after a pause (see pause). */
const PAUSE_ROOM_MS = 5_000;
/**
 * How long an answer on its way is still waited for once the step is
 * cancelled: the runner sends SIGTERM 7.5 s after SIGINT, and the outputs
 * and the summary must be written before.
 */
const CANCEL_GRACE_MS = 3_000;
/**
 * When the grace of a cancelled upload ends, by its signal: one for all
 * that is waited for (an answer's headers, then its body), counted from the
 * cancel.
 */
const graceEnds = new WeakMap();
/** How much of the cancel's grace is left (see CANCEL_GRACE_MS). */
function graceLeft(signal) {
    let end = graceEnds.get(signal);
    if (end === undefined) {
        end = Date.now() + CANCEL_GRACE_MS;
        graceEnds.set(signal, end);
    }
    return Math.max(0, end - Date.now());
}
/** QA Sphere's largest page of test cases found by number. */
const SEQ_PAGE_SIZE = 5000;
/**
 * The most read of a test-case listing: a run's, or a page of test cases
 * found by number. A run of 100,000 test cases lists in about 14 MB.
 */
const MAX_LISTING_ANSWER_BYTES = 256 * 1024 * 1024;
/** The most read of any other answer (a project, a batch's ids, an error). */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** The most characters of server text (a message, a body, a Location) in a message. */
const MAX_SERVER_TEXT = 300;
class QaSphereClient {
    baseUrl;
    apiKey;
    http;
    recentStarts;
    apiBase;
    policy;
    /** `recentStarts`: start times of the latest requests, shared by clients that pace together (see until). */
    constructor(baseUrl, apiKey, http, policy = {}, recentStarts = []) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.http = http;
        this.recentStarts = recentStarts;
        this.apiBase = `${baseUrl.replace(/\/+$/, '')}/api/public/v0`;
        this.policy = { ...DEFAULT_POLICY, ...policy };
    }
    /**
     * This client with an earlier deadline (the rate limit still counted with
     * this one's requests), sending through `http`: for work that must leave
     * time for what follows. Disposing `http` afterwards stops any request it
     * still sends (a timed-out upload is not otherwise aborted).
     */
    until(deadline, http) {
        return new QaSphereClient(this.baseUrl, this.apiKey, http, { ...this.policy, deadline: Math.min(this.policy.deadline, deadline) }, this.recentStarts);
    }
    /**
     * Why no request is made any more (the step was cancelled, or is over),
     * or undefined while requests may be made.
     */
    stopReason() {
        const signal = this.policy.signal;
        return signal?.aborted ? errorMessage(signal.reason) : undefined;
    }
    /** Whether `error` is a request refused because no request is made any more (see stopReason). */
    stoppedBy(error) {
        const signal = this.policy.signal;
        return signal?.aborted === true && error === signal.reason;
    }
    async getProject(project) {
        const path = `/project/${encodeURIComponent(project)}`;
        const body = await this.request('GET', path);
        const code = isObject(body) ? body.code : undefined;
        if (typeof code !== 'string' || !/^[A-Za-z0-9]{1,50}$/.test(code))
            throw this.malformed('GET', path, 'the project has no code (letters and digits)');
        return body;
    }
    async listRunTestCases(project, run) {
        const path = `/project/${encodeURIComponent(project)}/run/${run}/tcase`;
        const body = await this.request('GET', path, {
            maxBytes: MAX_LISTING_ANSWER_BYTES
        });
        // QA Sphere's API writes an empty list as null (as in `projects: null`).
        const tcases = isObject(body) ? emptyIfNull(body.tcases) : undefined;
        if (!Array.isArray(tcases))
            throw this.malformed('GET', path, 'no tcases array');
        for (let i = 0; i < tcases.length; i++) {
            const problem = testCaseProblem(tcases[i], true);
            if (problem)
                throw this.malformed('GET', path, `tcases[${i}] ${problem}`);
        }
        return tcases;
    }
    /**
     * The project's test cases with these sequence numbers, each at most once,
     * in QA Sphere's order. At most as many pages are asked for as the numbers
     * need, whatever `total` QA Sphere answers, and only the test cases asked
     * for are kept.
     */
    async findTestCasesBySeq(project, projectCode, seqs) {
        const wanted = new Set(seqs);
        const seqIds = Array.from(wanted, (seq) => `${projectCode}-${String(seq).padStart(3, '0')}`);
        const path = `/project/${encodeURIComponent(project)}/tcase/seq`;
        const idBySeq = new Map();
        const pages = Math.ceil(wanted.size / SEQ_PAGE_SIZE);
        // Pages are numbered from 1, as QA Sphere's CLI asks for them.
        for (let page = 1; page <= pages; page++) {
            const body = await this.request('POST', path, {
                data: JSON.stringify({ seqIds, page, limit: SEQ_PAGE_SIZE }),
                idempotent: true,
                maxBytes: MAX_LISTING_ANSWER_BYTES
            });
            // As for tcases: QA Sphere writes an empty list as null.
            const data = isObject(body) ? emptyIfNull(body.data) : undefined;
            if (!Array.isArray(data))
                throw this.malformed('POST', path, 'no data array');
            for (let i = 0; i < data.length; i++) {
                const problem = testCaseProblem(data[i], false);
                if (problem)
                    throw this.malformed('POST', path, `data[${i}] ${problem}`);
                const { id, seq } = data[i];
                if (wanted.has(seq) && !idBySeq.has(seq))
                    idBySeq.set(seq, id);
            }
            const total = body.total;
            if (data.length < SEQ_PAGE_SIZE ||
                idBySeq.size === wanted.size ||
                (typeof total === 'number' &&
                    (page - 1) * SEQ_PAGE_SIZE + data.length >= total))
                break;
        }
        return Array.from(idBySeq, ([seq, id]) => ({ id, seq }));
    }
    /**
     * Creates a static run holding these test cases, or, when QA Sphere refuses
     * the title because a run already has it, answers with that run.
     */
    async createOrReuseRun(project, run) {
        const path = `/project/${encodeURIComponent(project)}/run`;
        try {
            const body = await this.request('POST', path, {
                data: JSON.stringify({
                    title: run.title,
                    ...(run.description ? { description: run.description } : {}),
                    ...(run.milestoneId ? { milestoneId: run.milestoneId } : {}),
                    type: 'static_struct',
                    queryPlans: [{ tcaseIds: run.tcaseIds }]
                }),
                // Resending is safe: a run created by a lost answer clashes by title and is reused.
                idempotent: true
            });
            const id = isObject(body) ? body.id : undefined;
            if (!isPositiveInteger(id))
                throw this.malformed('POST', path, 'no run id (a positive integer)');
            return { id, created: true };
        }
        catch (error) {
            const existing = /conflicting run id:\s*(\d+)/i.exec(error instanceof QaSphereApiError ? error.apiMessage : '');
            const id = Number(existing?.[1]);
            if (isPositiveInteger(id))
                return { id, created: false };
            throw error;
        }
    }
    async getStatuses() {
        const path = '/settings/preferences/status';
        const body = await this.request('GET', path);
        const statuses = isObject(body) ? (body.statuses ?? []) : undefined;
        if (!Array.isArray(statuses))
            throw this.malformed('GET', path, 'no statuses array');
        const known = [];
        statuses.forEach((status, i) => {
            const problem = statusProblem(status);
            if (problem)
                throw this.malformed('GET', path, `statuses[${i}] ${problem}`);
            const { id, name, color, isDefault, isActive } = status;
            // A status this action does not know (a later QA Sphere's) cannot be
            // posted or mapped to: left out rather than failing the upload.
            if (!STATUS_IDS.includes(id))
                return;
            known.push({
                id: id,
                name,
                color: typeof color === 'string' ? color : '',
                isDefault: isDefault === true,
                isActive
            });
        });
        return known;
    }
    /** Creates or updates custom statuses (admin role). */
    async updateStatuses(statuses) {
        await this.request('POST', '/settings/preferences/status', {
            data: JSON.stringify({ statuses }),
            idempotent: true
        });
    }
    /**
     * The project's run with this title (in this milestone, when given), or
     * undefined: what creating a run of that title would reuse.
     */
    async findRunByTitle(project, title, milestoneId) {
        const query = milestoneId ? `?milestoneIds=${milestoneId}` : '';
        for (const run of await this.listRuns(project, query)) {
            if (!isObject(run) || run.title !== title || !isPositiveInteger(run.id))
                continue;
            // Titles are unique within a milestone (none is one of its own); a
            // listing that does not say a run's milestone is taken at its word.
            if ('milestoneId' in run &&
                (run.milestoneId ?? undefined) !== milestoneId)
                continue;
            return { id: run.id, closed: run.closed === true };
        }
        return undefined;
    }
    /**
     * Whether the project's list of runs shows this run closed; undefined when
     * it does not list the run (the list may be cut at a limit).
     */
    async runClosed(project, run) {
        const listed = (await this.listRuns(project, '')).find((r) => isObject(r) && r.id === run);
        return isObject(listed) ? listed.closed === true : undefined;
    }
    /** The project's runs as QA Sphere lists them (unchecked entries). */
    async listRuns(project, query) {
        const path = `/project/${encodeURIComponent(project)}/run${query}`;
        const body = await this.request('GET', path, {
            maxBytes: MAX_LISTING_ANSWER_BYTES
        });
        const runs = isObject(body) ? body.runs : undefined;
        if (runs === null)
            return [];
        if (!Array.isArray(runs))
            throw this.malformed('GET', path, 'no runs array');
        return runs;
    }
    /**
     * Whether the project still has this run: its own listing, which has no
     * pages (the project's list of runs may be cut at a limit).
     */
    async runExists(project, run) {
        try {
            await this.listRunTestCases(project, run);
            return true;
        }
        catch (error) {
            if (error instanceof QaSphereApiError && error.status === 404)
                return false;
            throw error;
        }
    }
    /**
     * Closes the run. A run found closed already counts: the close is resent
     * when its answer is lost, and the resend finds the run closed (HTTP 409).
     */
    async closeRun(project, run) {
        try {
            await this.request('POST', `/project/${encodeURIComponent(project)}/run/${run}/close`, { data: '{}', idempotent: true });
        }
        catch (error) {
            if (!(error instanceof QaSphereApiError && error.status === 409))
                throw error;
        }
    }
    /**
     * One batch; QA Sphere stores all of it or none of it. Returns the result
     * ids in item order. An answer without exactly one id (a positive integer)
     * per item is ambiguous, like a lost one: the batch may have been stored.
     */
    async addResults(project, run, items) {
        const path = resultBatchPath(project, run);
        const body = await this.request('POST', path, {
            data: batchBody(items)
        });
        const ids = isObject(body) ? body.ids : undefined;
        const problem = !Array.isArray(ids)
            ? 'no ids array'
            : ids.length !== items.length
                ? `${ids.length} result ids for a batch of ${items.length}`
                : ids.some((id) => !isPositiveInteger(id))
                    ? 'result ids that are not all positive integers'
                    : new Set(ids).size !== ids.length
                        ? 'the same result id for two results'
                        : undefined;
        if (problem)
            throw this.malformed('POST', path, problem, false);
        return ids;
    }
    /**
     * Uploads files (at most 100, 50 MiB each) for results to link to; returns
     * each one's URL, in order. Sent again when the answer is lost: a file
     * stored twice is only a file no result links to.
     */
    async uploadFiles(files) {
        const path = '/file/batch';
        const boundary = `----qasphere-junit-action-${(0,external_node_crypto_namespaceObject.randomBytes)(12).toString('hex')}`;
        const body = await this.request('POST', path, {
            data: multipartBody(files, boundary),
            contentType: `multipart/form-data; boundary=${boundary}`,
            idempotent: true
        });
        const stored = isObject(body) ? body.files : undefined;
        if (!Array.isArray(stored) ||
            stored.length !== files.length ||
            !stored.every((file) => isObject(file) &&
                typeof file.url === 'string' &&
                /^https?:\/\//i.test(file.url))) {
            throw this.malformed('POST', path, `not one URL for each of the ${counted(files.length, 'file')}`, true);
        }
        return stored.map((file) => ({ url: file.url }));
    }
    /**
     * One request, retried as the policy allows; its answer parsed as JSON.
     * `idempotent`: a POST that may be resent like a GET (a query, or safe by
     * design). `maxBytes`: the most read of the answer.
     */
    async request(method, path, { data, idempotent = method === 'GET', maxBytes = MAX_ANSWER_BYTES, contentType = 'application/json' } = {}) {
        const headers = {
            authorization: `ApiKey ${this.apiKey}`,
            accept: 'application/json',
            ...(data === undefined ? {} : { 'content-type': contentType }),
            // http-client takes a string or a stream, and counts a string's bytes only.
            ...(Buffer.isBuffer(data)
                ? { 'content-length': String(data.length) }
                : {})
        };
        const { retries } = this.policy;
        for (let attempt = 1;; attempt++) {
            this.policy.signal?.throwIfAborted();
            const canRetry = attempt <= retries;
            await this.pace(method, path);
            const started = Date.now();
            // A stream is used up by one attempt: each gets its own.
            const body = Buffer.isBuffer(data)
                ? new external_node_stream_namespaceObject.PassThrough().end(data)
                : (data ?? null);
            let response;
            let text;
            /** The answer was larger than maxBytes: not read. */
            let tooLarge = false;
            try {
                response = await this.withDeadline(this.http.request(method, this.apiBase + path, body, headers), method, path);
                text = await this.withDeadline(readBody(response.message, maxBytes), method, path).catch((error) => {
                    if (!(error instanceof AnswerTooLargeError))
                        throw error;
                    tooLarge = true;
                    return '';
                });
            }
            catch (error) {
                // Timed out while the answer comes: stop reading it.
                response?.message.destroy();
                const code = error.code ?? '';
                const reason = this.cleanServerText(
                // OpenSSL's words for an https:// address served by plain HTTP.
                /wrong version number/i.test(errorMessage(error))
                    ? `${code || 'TLS error'}: the server there does not speak HTTPS (check the address and its port)`
                    : errorMessage(error));
                const nothingSent = CONNECT_ERRORS.has(code);
                if ((nothingSent || idempotent) && canRetry) {
                    await this.wait(backoff(attempt), method, path);
                    continue;
                }
                if (nothingSent || idempotent) {
                    const tries = attempt > 1 ? `, ${attempt} attempts` : '';
                    const hint = nothingSent || code === 'EPROTO' ? '; check the url input' : '';
                    throw new QaSphereNetworkError(`Could not reach QA Sphere for ${method} ${path}: ${reason}${tries}${hint}`);
                }
                throw new QaSphereAmbiguousError(`QA Sphere did not answer ${method} ${path} (${reason})`, false, Date.now() - started);
            }
            const status = response.message.statusCode ?? 0;
            if (status >= 200 && status < 300) {
                if (tooLarge) {
                    throw this.unusable(method, path, idempotent, `HTTP ${status} and more than ${formatBytes(maxBytes)}, the most this action reads of that answer`);
                }
                try {
                    return JSON.parse(text);
                }
                catch {
                    throw this.unusable(method, path, idempotent, `something that is not JSON (${this.cleanServerText(text, 80) || 'an empty body'}): check the url input`);
                }
            }
            const asked = retryAfter(response);
            // Not processed: rate limited, or unavailable and asked to come back.
            const notProcessed = status === 429 || (status === 503 && asked !== undefined);
            const retryable = notProcessed || (idempotent && TRANSIENT.has(status));
            if (retryable && canRetry) {
                await this.wait(asked ?? backoff(attempt), method, path);
                continue;
            }
            const apiMessage = tooLarge
                ? `an answer over ${formatBytes(maxBytes)}, not read`
                : this.cleanServerText(apiMessageOf(text));
            if (!idempotent &&
                !notProcessed &&
                status >= 500 &&
                !NEVER_PROCESSED_5XX.has(status)) {
                throw new QaSphereAmbiguousError(`QA Sphere answered ${method} ${path} with HTTP ${status} (${apiMessage || 'no message'})`, status === 500, Date.now() - started);
            }
            if (status >= 300 && status < 400) {
                throw new QaSphereApiError(method, path, status, `redirect to ${this.cleanServerText(String(response.message.headers.location ?? '?'))}; check the url input (the API key is never sent on to a redirect)`);
            }
            throw new QaSphereApiError(method, path, status, apiMessage);
        }
    }
    /** Server text fit for a message: one line, clipped, the API key hidden. */
    cleanServerText(text, max) {
        return serverText(text, this.apiKey, max);
    }
    /**
     * A 2xx answer that cannot be used. After a POST that is not idempotent
     * (a batch) the request may have been stored: the error is ambiguous, so
     * that the batch is looked for in the run instead of resent blindly.
     */
    unusable(method, path, idempotent, what) {
        const answered = `QA Sphere answered ${method} ${path} with ${what}`;
        return idempotent
            ? new Error(answered)
            : new QaSphereAmbiguousError(answered, true);
    }
    /** A 2xx answer whose content is not what QA Sphere's API answers (see unusable). */
    malformed(method, path, what, idempotent = true) {
        return this.unusable(method, path, idempotent, `a malformed answer (${what})`);
    }
    /**
     * Keeps to the rate limit over any one-second window: a small upload goes
     * out at once, a large one at the allowed rate.
     */
    async pace(method, path) {
        const limit = this.policy.requestsPerSecond;
        const now = Date.now();
        const oldest = this.recentStarts.length >= limit
            ? this.recentStarts[this.recentStarts.length - limit]
            : -Infinity;
        const start = Math.max(now, oldest + 1000 + PACE_MARGIN_MS);
        this.recentStarts.push(start);
        if (this.recentStarts.length > limit)
            this.recentStarts.shift();
        if (start > now)
            await this.wait(start - now, method, path);
        if (Date.now() >= this.policy.deadline)
            throw this.timedOut(method, path);
    }
    /**
     * Waits `ms`, or less so that a request can still be made before the
     * `timeout` input runs out.
     */
    async pause(ms) {
        const wait = this.pauseLength(ms);
        if (wait > 0)
            await this.sleep(wait);
    }
    /** How long pause(ms) would wait now. */
    pauseLength(ms) {
        return Math.max(0, Math.min(ms, this.policy.deadline - Date.now() - PAUSE_ROOM_MS));
    }
    async wait(ms, method, path) {
        if (Date.now() + ms >= this.policy.deadline)
            throw this.timedOut(method, path);
        this.policy.signal?.throwIfAborted();
        await this.sleep(ms);
    }
    /** Sleeps; when the signal aborts meanwhile, rejects with its reason. */
    async sleep(ms) {
        const { signal } = this.policy;
        try {
            await this.policy.sleep(ms, signal);
        }
        catch (error) {
            signal?.throwIfAborted();
            throw error;
        }
    }
    /** Resolves with `work`, or rejects when the request or the whole upload runs out of time. */
    withDeadline(work, method, path) {
        const left = Math.min(this.policy.requestTimeoutMs, this.policy.deadline - Date.now());
        if (left <= 0)
            return Promise.reject(this.timedOut(method, path));
        let timer;
        let graceTimer;
        const { signal } = this.policy;
        let onAbort;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => {
                const error = new Error(`no answer within ${Math.round(left / 1000)} s`);
                reject(Object.assign(error, { code: 'ETIMEDOUT' }));
            }, left);
            // Cancelled: an answer on its way gets a little time, not the request's.
            onAbort = () => {
                if (!signal)
                    return;
                graceTimer = setTimeout(() => {
                    const error = new Error(`no answer within ${CANCEL_GRACE_MS / 1000} s of ${errorMessage(signal?.reason)}`);
                    reject(Object.assign(error, { code: 'ECANCELED' }));
                }, graceLeft(signal));
                graceTimer.unref();
            };
            if (signal?.aborted)
                onAbort();
            else
                signal?.addEventListener('abort', onAbort, { once: true });
        });
        return Promise.race([work, timeout]).finally(() => {
            clearTimeout(timer);
            clearTimeout(graceTimer);
            if (onAbort)
                signal?.removeEventListener('abort', onAbort);
        });
    }
    timedOut(method, path) {
        return new QaSphereTimeoutError(`Gave up on ${method} ${path}: the time allowed by the timeout input ran out`);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isPositiveInteger(value) {
    return Number.isSafeInteger(value) && value > 0;
}
/** What is wrong with a status of the statuses answer, or undefined. */
function statusProblem(status) {
    if (!isObject(status))
        return 'is not an object';
    if (typeof status.id !== 'string' || status.id === '')
        return 'has no id (a string)';
    if (typeof status.name !== 'string')
        return 'has no name (a string)';
    if (typeof status.isActive !== 'boolean')
        return 'has no isActive (true or false)';
    return undefined;
}
/** What is wrong with a test case of a listing (`status` too when `withStatus`), or undefined. */
function testCaseProblem(tcase, withStatus) {
    if (!isObject(tcase))
        return 'is not an object';
    if (typeof tcase.id !== 'string' || tcase.id === '')
        return 'has no id (a string)';
    if (!isPositiveInteger(tcase.seq))
        return 'has no seq (a positive integer)';
    if (withStatus && typeof tcase.status !== 'string')
        return 'has no status (a string)';
    return undefined;
}
function isItemArray(items) {
    return Array.isArray(items);
}
/** Results serialized at a time. */
const ITEMS_PER_PIECE = 50;
/** A multipart/form-data body with each file as a `files` field, as QA Sphere's file batch takes them. */
function multipartBody(files, boundary) {
    const parts = [];
    for (const { name, content } of files) {
        // Quotes and line breaks escaped as browsers do (WHATWG's FormData): a
        // name cannot end its header.
        const filename = name
            .replace(/"/g, '%22')
            .replace(/\r/g, '%0D')
            .replace(/\n/g, '%0A');
        parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="${filename}"\r\ncontent-type: application/octet-stream\r\n\r\n`), content, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(parts);
}
/**
 * A batch request's body, `{"items":[…]}`, as UTF-8 bytes, serialized in
 * small pieces (see jsonArrayPieces). As one string, 500 results are 200 KB
 * or more: 40 MB of old-space garbage for a 100,000-result upload, and 70 MB
 * more peak memory.
 */
function batchBody(items) {
    const itemAt = isItemArray(items)
        ? (i) => items[i]
        : (i) => items.itemAt(i);
    const pieces = [
        '{"items":',
        ...jsonArrayPieces(items.length, itemAt, ITEMS_PER_PIECE),
        '}'
    ];
    let bytes = 0;
    for (const piece of pieces)
        bytes += Buffer.byteLength(piece);
    const body = Buffer.allocUnsafe(bytes);
    let at = 0;
    for (const piece of pieces)
        at += body.write(piece, at);
    return body;
}
/** Control characters and line and paragraph separators: each becomes a space. */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/**
 * What may cut a key echoed in parts: spaces (from line breaks and
 * indentation) and zero-width characters, up to this many between two of
 * its characters.
 */
const KEY_GAP = 16;
const KEY_GAP_CHARS = '[\\s\\u200b-\\u200d\\u2060\\ufeff]';
/**
 * Text from the server (a message, a body, a Location) made fit for an error
 * or a log line: one line (control characters and U+2028/2029 are spaces, so
 * nothing it holds can start a line, let alone a workflow command), `secret`
 * replaced by `***` wherever it appears (also cut by line breaks), at most
 * `max` characters of it, and `…` when there was more.
 */
function serverText(text, secret, max = MAX_SERVER_TEXT) {
    const key = secret.replace(NOT_ONE_LINE, ' ');
    // A key that starts before `max` ends within this: it is replaced whole.
    const head = text
        .slice(0, max + key.length * (KEY_GAP + 1))
        .replace(NOT_ONE_LINE, ' ');
    let line = '';
    let at = 0;
    if (key) {
        const pattern = new RegExp(Array.from(key, (c) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join(`${KEY_GAP_CHARS}{0,${KEY_GAP}}`), 'g');
        for (const match of head.matchAll(pattern)) {
            if (match.index >= max)
                break;
            line += `${head.slice(at, match.index)}***`;
            at = match.index + match[0].length;
        }
    }
    if (at < max) {
        let end = Math.min(max, head.length);
        // Not half a surrogate pair.
        if (end < head.length && /[\ud800-\udbff]/.test(head[end - 1]))
            end--;
        line += head.slice(at, end);
        at = end;
    }
    return line.trim() + (text.length > at ? '…' : '');
}
/** What an error answer says: its `message`, or its text; not yet fit for a message (see serverText). */
function apiMessageOf(text) {
    try {
        const body = JSON.parse(text);
        if (typeof body?.message === 'string')
            return body.message;
    }
    catch {
        // not JSON: fall through
    }
    return text;
}
function retryAfter(response) {
    const header = response.message.headers['retry-after'];
    if (typeof header !== 'string')
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.min(Math.max(seconds, 0) * 1000, 60_000);
    const date = Date.parse(header);
    return Number.isNaN(date)
        ? undefined
        : Math.min(Math.max(date - Date.now(), 0), 60_000);
}
/** A list QA Sphere may write as null when it is empty. */
function emptyIfNull(list) {
    return list === null ? [] : list;
}
/** Exponential, with jitter so that parallel jobs do not retry in step. */
function backoff(attempt) {
    const ceiling = Math.min(1000 * 2 ** (attempt - 1), MAX_BACKOFF_MS);
    return Math.round(ceiling * (0.5 + Math.random() / 2));
}

;// CONCATENATED MODULE: ./src/util/text.ts
/** Untrusted text made plain (no terminal codes or control characters) and cut to a length. Pure. */
// ANSI CSI/OSC sequences, then the remaining C0/C1 controls except tab and newline.
const ANSI = 
// eslint-disable-next-line no-control-regex
/\u009b[0-?]*[ -/]*[@-~]|\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
/**
 * Colour codes whose ESC byte a reporter dropped (mocha, vitest: `[31m`),
 * spelled out (rspec_junit_formatter: `\e[31m`) or wrote as `?` (Gradle,
 * since XML cannot hold it: `?[31m`).
 */
const ORPHANED_SGR = /(?:\\(?:e|033|x1[bB]|u001[bB]))?\[\d{1,3}(?:;\d{1,3})*m(?!\])/g;
/**
 * Gradle's codes: read so only when every code has its `?` (mocha's text
 * may well hold a `?` right before a code: `[31mIs it empty?[0m`).
 */
const QUESTION_SGR = /\?\[\d{1,3}(?:;\d{1,3})*m(?!\])/g;
const CODE_WITHOUT_QUESTION = /(?<!\?)\[\d{1,3}(?:;\d{1,3})*m(?!\])/;
/**
 * What tells such codes from text that looks like one (a pytest id
 * `test_poll[1m30s-90]`): a code spelled out, or a reset (`[0m`, `[39m`,
 * logback's `[0;39m`), which colour output always ends with.
 */
const ORPHANED_SGR_EVIDENCE = /\\(?:e|033|x1[bB]|u001[bB])\[\d|\[(?:\d{1,3};)*(?:0{1,2}|2[2-9]|39|49)?m/;
// Also bidirectional overrides and isolates: they can make a name read as
// another (U+202E turns `gnp.exe` into what looks like `exe.png`).
const CONTROL = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NEEDS_CLEANING = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069[]/;
/** Terminal colours, control characters and bidirectional overrides removed; CRLF made LF. */
function plainText(text) {
    if (!NEEDS_CLEANING.test(text))
        return text;
    let plain = text.replace(ANSI, '');
    if (ORPHANED_SGR_EVIDENCE.test(plain))
        plain = plain.replace(CODE_WITHOUT_QUESTION.test(plain) ? ORPHANED_SGR : QUESTION_SGR, '');
    return plain.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
/** The first `limit` characters (code points kept whole). */
function clipStart(text, limit) {
    if (text.length <= limit)
        return { text, omitted: 0 };
    let end = limit;
    if (isLowSurrogate(text.charCodeAt(end)))
        end--;
    return { text: text.slice(0, end), omitted: text.length - end };
}
/** At most `limit` characters, `…` in place of what is cut. */
function clipped(text, limit) {
    const { text: kept, omitted } = clipStart(text, limit);
    return omitted ? `${kept}…` : kept;
}
/** The last `limit` characters: the end of a log is where a failure shows. */
function clipEnd(text, limit) {
    if (text.length <= limit)
        return { text, omitted: 0 };
    let start = text.length - limit;
    if (isLowSurrogate(text.charCodeAt(start)))
        start++;
    return { text: text.slice(start), omitted: start };
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
/**
 * A copy of `text` that keeps nothing else in memory. A string sliced from a
 * report (a test's name, a tag name in an error) keeps the engine's whole
 * report text alive, megabytes for each file, as long as it is kept.
 */
function detached(text) {
    // Joining makes a new string that slice() must flatten into a copy; V8
    // copies strings under 13 characters when slicing anyway.
    return text.length < 13 ? text : (' ' + text).slice(1);
}

;// CONCATENATED MODULE: ./src/log.ts
/**
 * Log lines safe from report text. The runner reads a line that starts with
 * `::` (after spaces) or holds `##[` as a workflow command, so a test name
 * like `x\n::add-mask::…` or `::stop-commands::…` could steer the job.
 * logLine is pure; info writes through it. Warnings, errors and the step's
 * failure are workflow commands @actions/core escapes; they get the same
 * control-character cleaning.
 */


// eslint-disable-next-line no-control-regex
const LINE_BREAKS = /[\r\n\u000b\u000c\u0085\u2028\u2029]+/g;
const LEADING_COMMAND = /^(\s*):(?=:)/;
const LEGACY_COMMAND = /##\[/g;
/**
 * One line that the runner shows and never runs: breaks become spaces,
 * terminal sequences and other control characters go (a report's ESC could
 * colour or retitle a terminal the log is read in), commands are broken up
 * (a zero-width space).
 */
function logLine(message) {
    return plainText(message.replace(LINE_BREAKS, ' '))
        .replace(LEADING_COMMAND, '$1:\u200b')
        .replace(LEGACY_COMMAND, '#\u200b#[');
}
/** Every info line of the action goes through logLine: report and server text never runs as a workflow command. */
function log_info(message) {
    info(logLine(message));
}
/** Annotation text from reports (names, file names, parse errors): terminal sequences, control characters and bidirectional overrides go; line breaks stay (core escapes them). */
function annotation(properties) {
    if (!properties)
        return undefined;
    return {
        ...properties,
        title: properties.title === undefined ? undefined : plainText(properties.title),
        file: properties.file === undefined ? undefined : plainText(properties.file)
    };
}
function log_warning(message, properties) {
    warning(plainText(message), annotation(properties));
}
function log_error(message, properties) {
    error(plainText(message), annotation(properties));
}
/** The step's failure: one error annotation, cleaned like the others. */
function log_setFailed(message) {
    setFailed(plainText(message));
}

;// CONCATENATED MODULE: ./src/issues/references.ts
/**
 * Which GitHub issues and pull requests a workflow run is about. Pure: the
 * event payload and the `issues` input in, de-duplicated references out.
 */
function refKey(ref) {
    return `${ref.owner}/${ref.repo}#${ref.number}`.toLowerCase();
}
function formatRef(ref) {
    return `${ref.owner}/${ref.repo}#${ref.number}`;
}
/**
 * Issues taken from a pull request body. Anyone who opens a pull request
 * writes its body: each issue costs a GitHub request with the workflow's
 * token and a link on every result (with `meta.id`, a QA Sphere comment on
 * the issue), so a body that names thousands must not get them all.
 */
const MAX_BODY_REFERENCES = 10;
/** Issues linked in all: the event's and the `issues` input's together. */
const MAX_LINKED_ISSUES = 50;
/** The first `max` distinct references; the count of the others. */
function capReferences(refs, max) {
    const distinct = dedupe(refs);
    return {
        refs: distinct.slice(0, max),
        ignored: Math.max(0, distinct.length - max)
    };
}
/** An owner or repository name; never `.` or `..`, which would move up a URL path. */
const NAME = '(?!\\.\\.?(?![\\w.-]))[\\w.-]+';
const NUMBER = '(\\d{1,9})';
/**
 * One reference as a user writes it: `12`, `#12`, `owner/repo#12`, or an
 * issue/pull request URL on the workflow's GitHub server.
 */
function parseReference(text, context) {
    const value = text.trim();
    const [owner, repo] = context.repository.split('/');
    let match = new RegExp(`^#?${NUMBER}$`).exec(value);
    if (match && owner && repo)
        return ref(owner, repo, match[1]);
    match = new RegExp(`^(${NAME})/(${NAME})#${NUMBER}$`).exec(value);
    if (match)
        return ref(match[1], match[2], match[3]);
    return parseIssueUrl(value, context);
}
function parseIssueUrl(value, context) {
    let url;
    let server;
    try {
        url = new URL(value);
        server = new URL(context.serverUrl);
    }
    catch {
        return undefined;
    }
    if (url.host.toLowerCase() !== server.host.toLowerCase())
        return undefined;
    const match = new RegExp(`^/(${NAME})/(${NAME})/(?:issues|pull)/${NUMBER}/?$`).exec(url.pathname);
    return match ? ref(match[1], match[2], match[3]) : undefined;
}
/** The `issues` input: one per line or comma-separated. Returns the unreadable ones too. */
function parseReferenceList(input, context) {
    const refs = [];
    const invalid = [];
    for (const item of input.split(/[\n,]/)) {
        if (item.trim() === '')
            continue;
        const parsed = parseReference(item, context);
        if (parsed)
            refs.push(parsed);
        else
            invalid.push(item.trim());
    }
    return { refs, invalid };
}
/**
 * Issues a pull request body closes with GitHub's closing keywords:
 * close(s/d), fix(es/ed), resolve(s/d) + `#N`, `owner/repo#N` or an issue URL.
 * Every one, de-duplicated, in order; referencesFromEvent caps them.
 */
function closedByBody(body, context) {
    // Not inside a URL or a path (`https://example.com/fixes #12`).
    const keyword = '(?<![\\w/.-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\\b:?\\s+';
    // A number runs to its end: `#1234567890` is no `#123456789`.
    // A URL stops at the NUL that separates paragraphs (see prose).
    const target = `((?:${NAME}/${NAME})?#\\d{1,9}(?!\\w)|<?https?://[^\\s\\u0000)>\\]]+)`;
    const pattern = new RegExp(keyword + target, 'gi');
    const refs = [];
    for (const match of prose(body).matchAll(pattern)) {
        // A URL ends before the sentence's punctuation: `Fixes https://…/7.`
        const text = match[1].replace(/^</, '').replace(/[.,;:!?'"]+$/, '');
        const parsed = parseReference(text, context);
        if (parsed)
            refs.push(parsed);
    }
    return dedupe(refs);
}
/**
 * The text of a Markdown body that GitHub reads closing keywords in, as
 * CommonMark reads it: HTML comment blocks (pull request templates'
 * examples), fenced and indented code blocks (not inside a list, where an
 * indented line is text), HTML `<pre>` and `<code>`, and in each paragraph
 * code spans and inline comments are blanked out; paragraphs kept apart.
 * Read by scanning, never by backtracking patterns: a body of 30,000
 * backticks is read at once.
 */
function prose(body) {
    const out = [];
    let paragraph = [];
    /** An HTML <pre> or <code> still open: it runs on past blank lines. */
    let openHtml;
    const pushText = (text) => {
        const read = withoutHtmlCode(withoutInlineCode(text), openHtml);
        openHtml = read.open;
        out.push(read.text);
    };
    const endParagraph = () => {
        if (paragraph.length > 0)
            pushText(paragraph.join('\n'));
        paragraph = [];
    };
    let fence;
    let inComment = false;
    /** In a list, an indented line is text; elsewhere, after a blank line, code. */
    let inList = false;
    let inIndentedCode = false;
    for (const line of body.split(/\r\n?|\n/)) {
        if (fence !== undefined) {
            if (closesFence(line, fence))
                fence = undefined;
            continue;
        }
        if (inComment) {
            inComment = !line.includes('-->');
            continue;
        }
        const blank = line.trim() === '';
        const indented = INDENTED.test(line);
        if (inIndentedCode) {
            if (blank || indented)
                continue;
            inIndentedCode = false;
        }
        if (!blank) {
            // A list item may interrupt a paragraph; indented code may not.
            if (paragraph.length === 0 && indented && !inList) {
                inIndentedCode = true;
                continue;
            }
            if (LIST_ITEM.test(line))
                inList = true;
            else if (paragraph.length === 0 && !indented)
                inList = false;
        }
        const opening = FENCE_OPENING.exec(line);
        // A backtick fence's info string holds no backtick: ```a``` is a code span.
        if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
            endParagraph();
            fence = opening[1];
            continue;
        }
        if (COMMENT_BLOCK.test(line)) {
            endParagraph();
            // Ends on the line that holds `-->`, its own first line too (`<!-->`).
            inComment = !line.includes('-->');
            continue;
        }
        if (HEADING.test(line)) {
            // A heading is a line of its own: no code span goes past it.
            endParagraph();
            pushText(line);
        }
        else if (blank)
            endParagraph();
        else
            paragraph.push(line);
    }
    endParagraph();
    // Not a space: a keyword and a number in two paragraphs are no reference.
    return out.join('\u0000');
}
const INDENTED = /^(?: {4}|\t)/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/**
 * A paragraph without its HTML `<pre>` and `<code>` elements, where GitHub
 * reads no references; `open`: one left open by an earlier paragraph (HTML
 * runs on past blank lines). Each is one `\u0000`: no keyword reaches past
 * it. Found by indexOf, each tag looked for once per position it is passed.
 */
function withoutHtmlCode(body, open) {
    const lower = body.toLowerCase();
    let out = '';
    let at = 0;
    if (open) {
        const end = lower.indexOf(`</${open}>`);
        if (end < 0)
            return { text: '\u0000', open };
        out = '\u0000';
        at = end + open.length + 3;
    }
    if (!lower.includes('<pre', at) && !lower.includes('<code', at))
        return { text: out + body.slice(at), open: undefined };
    const next = { pre: -2, code: -2 };
    const find = (tag) => {
        if (next[tag] !== -1 && next[tag] < at)
            next[tag] = lower.indexOf(`<${tag}`, at);
        return next[tag];
    };
    for (;;) {
        const pre = find('pre');
        const code = find('code');
        if (pre < 0 && code < 0)
            break;
        const tag = code < 0 || (pre >= 0 && pre < code) ? 'pre' : 'code';
        const start = tag === 'pre' ? pre : code;
        // `<pre>`, `<pre class=…>`: not `<prefix>`.
        const after = lower[start + tag.length + 1];
        if (after !== '>' && after !== undefined && !/\s/.test(after)) {
            out += body.slice(at, start + 1);
            at = start + 1;
            continue;
        }
        out += body.slice(at, start) + '\u0000';
        const end = lower.indexOf(`</${tag}>`, start);
        if (end < 0)
            return { text: out, open: tag };
        at = end + tag.length + 3;
    }
    return { text: out + body.slice(at), open: undefined };
}
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})([\s\S]*)$/;
const FENCE_CLOSING = /^ {0,3}(`+|~+)[ \t]*$/;
const COMMENT_BLOCK = /^ {0,3}<!--/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A closing fence: the opening's character, at least as many, nothing after. */
function closesFence(line, opening) {
    const run = FENCE_CLOSING.exec(line)?.[1];
    return run !== undefined && run.startsWith(opening);
}
/**
 * A paragraph without its code spans (a run of backticks up to the next run
 * as long; a backslash before the first makes it text) and inline comments,
 * whichever comes first.
 */
function withoutInlineCode(text) {
    const marks = /`+|<!--/g;
    // Run lengths with no run as long after this position: not looked for again.
    const noCloserFrom = new Map();
    let noCommentEndFrom = Infinity;
    let out = '';
    let kept = 0;
    for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
        const start = mark.index;
        const after = marks.lastIndex;
        let end;
        if (mark[0] === '<!--') {
            if (isEscaped(text, start) || noCommentEndFrom <= after)
                continue;
            const close = text.indexOf('-->', after);
            if (close < 0) {
                noCommentEndFrom = after;
                continue;
            }
            end = close + 3;
        }
        else {
            if (isEscaped(text, start)) {
                // The escaped backtick is text; the rest of its run may open a span.
                marks.lastIndex = start + 1;
                continue;
            }
            const length = mark[0].length;
            if ((noCloserFrom.get(length) ?? Infinity) <= after)
                continue;
            const close = runAsLong(text, after, length);
            if (close < 0) {
                noCloserFrom.set(length, after);
                continue;
            }
            end = close + length;
        }
        out += text.slice(kept, start) + ' ';
        kept = marks.lastIndex = end;
    }
    return out + text.slice(kept);
}
/** Whether an odd number of backslashes comes right before `index`. */
function isEscaped(text, index) {
    let backslashes = 0;
    while (index - backslashes > 0 && text[index - backslashes - 1] === '\\')
        backslashes++;
    return backslashes % 2 === 1;
}
/** Where the next run of exactly `length` backticks from `from` starts, or -1. */
function runAsLong(text, from, length) {
    const runs = /`+/g;
    runs.lastIndex = from;
    for (let run = runs.exec(text); run; run = runs.exec(text))
        if (run[0].length === length)
            return run.index;
    return -1;
}
/** `value` if it is a string, else ''. */
function references_text(value) {
    return typeof value === 'string' ? value : '';
}
/**
 * The pull requests of this repository that a workflow_run lists: GitHub
 * lists other repositories' too (a fork's own pull request with the same
 * branch name), and this repository's from another head with that name.
 */
function runPullRequests(event, context) {
    const run = event.workflow_run;
    const list = run?.pull_requests;
    if (!Array.isArray(list))
        return [];
    const here = event.repository?.id;
    const headHere = run?.head_repository?.id;
    const ours = (pr) => {
        const head = pr.head?.repo?.id;
        if (head !== undefined && headHere !== undefined && head !== headHere)
            return false;
        const base = pr.base?.repo;
        if (base?.id !== undefined && here !== undefined)
            return base.id === here;
        return (typeof base?.url !== 'string' ||
            base.url
                .toLowerCase()
                .endsWith(`/repos/${context.repository.toLowerCase()}`));
    };
    return list.filter((pr) => typeof pr === 'object' && pr !== null && ours(pr));
}
/**
 * For a workflow_run triggered by a pull request from a fork, GitHub lists
 * none of this repository's pull requests; the pull request is then found by
 * its head (`owner:branch`). Undefined when no such look-up is needed.
 */
function forkPullRequestHead(eventName, payload, context) {
    const event = (payload ?? {});
    const run = event.workflow_run;
    if (eventName !== 'workflow_run' || typeof run !== 'object' || !run)
        return undefined;
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target')
        return undefined;
    if (runPullRequests(event, context).length > 0)
        return undefined;
    const headRepo = references_text(run.head_repository?.full_name);
    const headOwner = references_text(run.head_repository?.owner?.login) || headRepo.split('/')[0];
    const headBranch = references_text(run.head_branch);
    if (!headOwner || !headBranch)
        return undefined;
    if (headRepo.toLowerCase() === context.repository.toLowerCase())
        return undefined;
    return `${headOwner}:${headBranch}`;
}
/**
 * References that the triggering event names, per the event kind. A pull
 * request body gives at most MAX_BODY_REFERENCES; `ignored` counts the
 * distinct others it names.
 */
function referencesFromEvent(eventName, payload, context) {
    const event = (payload ?? {});
    const [owner, repo] = context.repository.split('/');
    const none = { refs: [], ignored: 0 };
    if (!owner || !repo)
        return none;
    const own = (number) => Number.isSafeInteger(number) && number > 0
        ? [{ owner, repo, number: number }]
        : [];
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            // GitHub closes issues only from a pull request into the default
            // branch: a backport's "Fixes #7" closes nothing.
            const body = capReferences(intoDefaultBranch(event)
                ? closedByBody(references_text(event.pull_request?.body), context)
                : [], MAX_BODY_REFERENCES);
            return {
                refs: dedupe([...own(event.pull_request?.number), ...body.refs]),
                ignored: body.ignored
            };
        }
        case 'issues':
        case 'issue_comment':
            return { refs: own(event.issue?.number), ignored: 0 };
        case 'workflow_run': {
            const run = event.workflow_run;
            if (typeof run !== 'object' || !run)
                return none;
            return {
                refs: runPullRequests(event, context).flatMap((pr) => own(pr.number)),
                ignored: 0
            };
        }
        default:
            return none;
    }
}
/** Whether the pull request goes into the default branch (unknown: assumed). */
function intoDefaultBranch(event) {
    const base = event.pull_request?.base?.ref;
    const main = event.pull_request?.base?.repo?.default_branch ??
        event.repository?.default_branch;
    return typeof base !== 'string' || typeof main !== 'string' || base === main;
}
function dedupe(refs) {
    const seen = new Map();
    for (const r of refs)
        if (!seen.has(refKey(r)))
            seen.set(refKey(r), r);
    return [...seen.values()];
}
function ref(owner, repo, number) {
    const n = Number(number);
    return n > 0 ? { owner, repo, number: n } : undefined;
}

;// CONCATENATED MODULE: ./src/issues/github-issues.ts




const PARALLEL_REQUESTS = 4;
/**
 * Issue titles are a nicety: their look-ups get half the time the timeout
 * input allows (the other half is the upload's), and at most this.
 */
const MAX_LOOKUP_MS = 30_000;
function lookUpBudgetMs(timeoutSeconds) {
    return Math.min(MAX_LOOKUP_MS, (timeoutSeconds * 1000) / 2);
}
/** The most of an answer that is read: an issue's JSON is a few KB. */
const MAX_GITHUB_BODY_BYTES = 1024 * 1024;
/** Time given to answers that arrived while the deadline's timer was held up. */
const LATE_GRACE_MS = 1000;
/**
 * The look-ups' deadline: `signal` aborts after `ms` with a reason that says
 * so (`why`); `cancel` stops the timer once the look-ups are done. The timer
 * fires late when the event loop was busy (a big report parsed at once), and
 * node runs it before reading the answers that came meanwhile: then they get
 * LATE_GRACE_MS more.
 */
function lookUpDeadline(ms, why) {
    const controller = new AbortController();
    const due = Date.now() + ms;
    let late = false;
    const fire = () => {
        if (!late && Date.now() - due > LATE_GRACE_MS / 10) {
            late = true;
            timer = setTimeout(fire, LATE_GRACE_MS);
            return;
        }
        controller.abort(new Error(why));
    };
    let timer = setTimeout(fire, ms);
    return { signal: controller.signal, cancel: () => clearTimeout(timer) };
}
/**
 * Makes every request of an HttpClient (redirects too) stop when `signal`
 * aborts: Node destroys the request and its socket.
 */
function abortOn(signal) {
    return {
        prepareRequest: (options) => {
            options.signal = signal;
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('authentication is not handled'))
    };
}
async function lookUpIssues(refs, api) {
    const results = new Array(refs.length);
    let next = 0;
    const worker = async () => {
        while (next < refs.length) {
            const index = next++;
            results[index] = await lookUpIssue(refs[index], api);
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_REQUESTS, refs.length) }, worker));
    return results;
}
/** A GET on GitHub's REST API: the parsed body, or why there is none. */
async function githubGet(api, path) {
    if (api.rateLimited)
        return { problem: api.rateLimited };
    // The requests carry api.signal (abortOn): at the deadline they fail,
    // and the catch below says why.
    try {
        const response = await api.http.get(`${api.apiUrl.replace(/\/+$/, '')}${path}`, {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            ...(api.token ? { authorization: `Bearer ${api.token}` } : {})
        });
        const status = response.message.statusCode ?? 0;
        if (status !== 200) {
            response.message.destroy(); // its body is not wanted
            const limited = rateLimit(status, response.message.headers);
            if (limited) {
                api.rateLimited = limited;
                return { problem: limited };
            }
            return {
                problem: `GitHub answered HTTP ${status}${describeStatus(status)}`
            };
        }
        const text = await readBody(response.message, MAX_GITHUB_BODY_BYTES);
        return { body: JSON.parse(text) };
    }
    catch (error) {
        if (api.signal.aborted)
            return { problem: abortReason(api.signal) };
        if (error instanceof AnswerTooLargeError) {
            return {
                problem: `GitHub answered with more than ${formatBytes(error.limit)}`
            };
        }
        return {
            problem: `GitHub could not be reached: ${errorMessage(error)}`
        };
    }
}
function abortReason(signal) {
    const reason = signal.reason;
    return errorMessage(reason);
}
async function lookUpIssue(ref, api) {
    const fallback = {
        ref,
        url: `${api.serverUrl.replace(/\/+$/, '')}/${ref.owner}/${ref.repo}/issues/${ref.number}`,
        title: formatRef(ref)
    };
    const answer = await githubGet(api, `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}/issues/${ref.number}`);
    if ('problem' in answer)
        return { ...fallback, problem: answer.problem };
    const issue = (answer.body ?? {});
    if (typeof issue.html_url !== 'string' || typeof issue.title !== 'string') {
        return { ...fallback, problem: 'GitHub answered without a title' };
    }
    // The answer is the API's word, not the truth: a link stays on GitHub's
    // own host, and a title is one line of reasonable length.
    const onGitHub = `${originOf(fallback.url)}/`;
    const url = onGitHub !== '/' && issue.html_url.startsWith(onGitHub)
        ? issue.html_url
        : fallback.url;
    const title = clipped(issue.title.replace(/\s+/g, ' ').trim(), MAX_TITLE_CHARS);
    return { ref, url, title: title || fallback.title };
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return '';
    }
}
/** Characters of an issue title kept for a link. */
const MAX_TITLE_CHARS = 300;
/** Open pull requests of `repository` whose head is `owner:branch`; [] when GitHub cannot say. */
async function findPullRequestsByHead(repository, head, api) {
    const answer = await githubGet(api, `/repos/${repository}/pulls?state=open&head=${encodeURIComponent(head)}`);
    if ('problem' in answer)
        return { numbers: [], problem: answer.problem };
    const pulls = Array.isArray(answer.body)
        ? answer.body
        : [];
    return {
        numbers: pulls.flatMap((p) => typeof p.number === 'number' ? [p.number] : [])
    };
}
/**
 * GitHub's rate limit, as its answer says it (403 or 429 with no requests
 * left, or Retry-After): when it ends, if said. Undefined for other answers.
 */
function rateLimit(status, headers) {
    if (status !== 403 && status !== 429)
        return undefined;
    const remaining = headers['x-ratelimit-remaining'];
    const retryAfter = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (remaining !== '0' && !(retryAfter >= 0))
        return undefined;
    const until = retryAfter >= 0
        ? new Date(Date.now() + retryAfter * 1000)
        : reset > 0
            ? new Date(reset * 1000)
            : undefined;
    return `GitHub answered HTTP ${status}: its API rate limit is reached${until ? ` until ${until.toISOString().slice(11, 19)} UTC` : ''}; no more look-ups are made`;
}
function describeStatus(status) {
    if (status === 401)
        return ' (the github-token is not valid)';
    if (status === 403 || status === 429) {
        return ' (no permission, or rate limited: the workflow needs permissions issues: read and pull-requests: read)';
    }
    if (status === 404)
        return ' (not found, or the token cannot see that repository)';
    if (status >= 300 && status < 400)
        return ' (a redirect, not followed: a renamed or moved repository?)';
    return '';
}

;// CONCATENATED MODULE: ./src/reports/test-case.ts
/**
 * What a report's tests become: the TestCase the parser makes and every later
 * step (markers, planned results, the summary, annotations) reads, and the
 * few questions asked of its outcome and problems everywhere. Pure, and
 * apart from the parser so that its readers need not load it.
 */


/** Characters of a test case's own text (its suites' names, shared with its siblings, are not counted). */
function ownTextLength(testCase) {
    let length = testCase.name.length +
        testCase.reportedName.length +
        testCase.classname.length +
        testCase.file.length +
        testCase.output.length;
    for (const problem of testCase.problems)
        length +=
            problem.message.length + problem.type.length + problem.details.length;
    for (const value of testCase.markerProperties)
        length += value.length;
    for (const path of testCase.attachments)
        length += path.length;
    return length;
}
function sharedCopies() {
    return { lists: new Map(), strings: new Map() };
}
/**
 * The test case with copies of its strings, which keep nothing else in
 * memory (see detached): kept beyond its report, it would otherwise keep the
 * report's whole text. What siblings share (suite and block lists, runsIn)
 * is copied once, through `copies`, so that they still share one.
 */
function detachedTestCase(testCase, copies) {
    const copy = {
        ...testCase,
        name: detached(testCase.name),
        reportedName: detached(testCase.reportedName),
        classname: detached(testCase.classname),
        file: detached(testCase.file),
        suites: copiedList(testCase.suites, copies.lists),
        problems: testCase.problems.map((problem) => ({
            kind: problem.kind,
            message: detached(problem.message),
            type: detached(problem.type),
            details: detached(problem.details)
        })),
        markerProperties: testCase.markerProperties.map(detached),
        output: detached(testCase.output),
        attachments: testCase.attachments.map(detached)
    };
    // Set in place (most have none): a spread or closure here costs every one
    // of 100,000 test cases.
    if (testCase.blocks)
        copy.blocks = copiedList(testCase.blocks, copies.lists);
    if (testCase.runsIn !== undefined) {
        let runsIn = copies.strings.get(testCase.runsIn);
        if (runsIn === undefined) {
            runsIn = detached(testCase.runsIn);
            copies.strings.set(testCase.runsIn, runsIn);
        }
        copy.runsIn = runsIn;
    }
    return copy;
}
/** A list of strings copied once (see detachedTestCase). */
function copiedList(list, copies) {
    let copy = copies.get(list);
    if (copy === undefined) {
        copy = list.map(detached);
        copies.set(list, copy);
    }
    return copy;
}
/** How a test's outcome is said in comments and in the job summary's rows. */
const OUTCOME_WORDS = {
    passed: 'passed',
    failure: 'failed',
    error: 'error',
    skipped: 'skipped',
    flaky: 'flaky (passed on a retry)'
};
/** `2 failed, 1 passed`: how many tests ended each way, failures first. */
function outcomeCounts(testCases, words = OUTCOME_WORDS) {
    const counts = new Map();
    for (const t of testCases)
        counts.set(t.outcome, (counts.get(t.outcome) ?? 0) + 1);
    const order = ['failure', 'error', 'flaky', 'passed', 'skipped'];
    return order
        .filter((o) => counts.has(o))
        .map((o) => `${grouped(counts.get(o) ?? 0)} ${words[o]}`)
        .join(', ');
}
/** A test that failed or errored; a flaky one passed in the end. */
function failedOrErrored(outcome) {
    return outcome === 'failure' || outcome === 'error';
}
/**
 * At most `limit` of the tests, those that failed or errored first, each
 * kind in order: what a list cut short must still show.
 */
function failedFirst(testCases, limit) {
    const chosen = [];
    for (const failed of [true, false]) {
        for (const testCase of testCases) {
            if (chosen.length === limit)
                return chosen;
            if (failedOrErrored(testCase.outcome) === failed)
                chosen.push(testCase);
        }
    }
    return chosen;
}
/** A failure or an error, not a skip or a failed attempt before a passing retry. */
function isFailureOrError(problem) {
    return problem.kind === 'failure' || problem.kind === 'error';
}
/**
 * Whether the tests ran in more than one configuration (see TestCase.runsIn);
 * a test of another tool, in none, is not one more.
 */
function runInSeveral(testCases) {
    let first;
    for (const { runsIn } of testCases) {
        if (runsIn === undefined)
            continue;
        if (first === undefined)
            first = runsIn;
        else if (runsIn !== first)
            return true;
    }
    return false;
}
/** Characters of a configuration's name shown before a test's: the name must still show. */
const RUNS_IN_CHARS = 60;
/** Configurations named in one label at most; the rest are counted. */
const RUNS_IN_NAMED = 3;
/** `chromium, firefox, webkit`: each name clipped, at most three, the rest counted. */
function runsInLabel(runsIn) {
    const named = runsIn
        .slice(0, RUNS_IN_NAMED)
        .map((value) => clipped(value, RUNS_IN_CHARS));
    const more = runsIn.length - named.length;
    return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
/**
 * The test's name as a reader is shown it: with the configuration it ran in
 * first, as Playwright writes it (`[firefox] BD-1 checkout`), where its
 * result's tests ran in several.
 */
function shownName(testCase, withRunsIn) {
    const name = testCase.name || '(unnamed test)';
    return withRunsIn && testCase.runsIn !== undefined
        ? `[${runsInLabel([testCase.runsIn])}] ${name}`
        : name;
}
/** Passed, with no failure, error or skip written (not even a retried one). */
function passedPlainly(testCase) {
    return testCase.outcome === 'passed' && testCase.problems.length === 0;
}
/** Failed, errored, or failed before passing on a retry. */
function failedOnce(outcome) {
    return failedOrErrored(outcome) || outcome === 'flaky';
}

;// CONCATENATED MODULE: ./src/issues/links.ts

/**
 * `failed` means the results that need attention: failed and blocked, and
 * failed tests whatever status `status-map` gives them (e.g. a custom one).
 */
function wantsLinks(mode, result) {
    if (mode === 'all')
        return true;
    if (mode === 'failed')
        return (result.status === 'failed' ||
            result.status === 'blocked' ||
            failedOrErrored(result.outcome));
    return false;
}
/**
 * `meta.id` (QA Sphere then comments on the issue) only for issues of the
 * workflow's own repository: the one the project's integration can reach.
 */
function toResultLinks(issues, integrationId, ownRepository) {
    const own = ownRepository.toLowerCase();
    return issues.map(({ ref, url, title }) => {
        const link = { integrationId, url, text: title };
        if (`${ref.owner}/${ref.repo}`.toLowerCase() === own) {
            link.meta = { id: String(ref.number) };
        }
        return link;
    });
}

;// CONCATENATED MODULE: ./src/issues/workflow-links.ts
/**
 * The workflow's issues and pull request as links on the results: found in
 * the event and the issues input, capped, their titles read from GitHub
 * within a deadline, every problem a bounded number of warnings.
 */








const GITHUB_TIMEOUT_MS = 30_000;
/** Warnings about issue references and look-ups, before they are summed up in one. */
const MAX_ISSUE_WARNINGS = 3;
/** Issues to link, with their titles; empty unless issue-integration-id is set. */
async function lookUpLinkedIssues(config, workflow, 
/** Aborted when the upload is over (it failed first): the look-ups stop, unsaid. */
over) {
    if (!config.issueIntegrationId || config.linkIssues === 'none') {
        if (config.issues && !config.issueIntegrationId) {
            log_warning('Input "issues" is set but "issue-integration-id" is not: no links are attached. Set it to the id of the project\'s GitHub integration in QA Sphere.');
        }
        return [];
    }
    const context = {
        repository: workflow.repository,
        serverUrl: workflow.serverUrl
    };
    const extra = parseReferenceList(config.issues, context);
    warnBounded(extra.invalid, (item) => `Input "issues": "${item}" is not an issue reference (12, #12, owner/repo#12 or an issue URL); ignored`, (items) => `Input "issues": ${grouped(items.length)} items are not issue references (12, #12, owner/repo#12 or an issue URL) and are ignored: ${firstAndMore(items, MAX_ISSUE_WARNINGS, (item) => `"${item}"`)}`);
    const budgetMs = lookUpBudgetMs(config.timeoutSeconds);
    const deadline = lookUpDeadline(budgetMs, `GitHub did not answer within ${budgetMs / 1000} s (issue titles get half the timeout input, at most ${MAX_LOOKUP_MS / 1000} s)`);
    // The deadline's timer must not keep a failed step alive either.
    over?.addEventListener('abort', deadline.cancel, { once: true });
    const signal = over
        ? AbortSignal.any([deadline.signal, over])
        : deadline.signal;
    // Redirects are not followed: http-client reads a redirect's body with no
    // limit and no end when the deadline aborts it, and loops up to 50 times.
    const http = new lib_HttpClient(USER_AGENT, [abortOn(signal)], {
        allowRetries: false,
        allowRedirects: false,
        socketTimeout: GITHUB_TIMEOUT_MS
    });
    const api = {
        apiUrl: workflow.apiUrl,
        serverUrl: workflow.serverUrl,
        token: config.githubToken,
        http,
        signal
    };
    try {
        const fromEvent = referencesFromEvent(workflow.eventName, workflow.event, context);
        const forkHead = forkPullRequestHead(workflow.eventName, workflow.event, context);
        if (forkHead) {
            const found = await findPullRequestsByHead(workflow.repository, forkHead, api);
            if (found.problem && !over?.aborted) {
                log_warning(`Could not find the pull request of ${forkHead}: ${found.problem}`);
            }
            const [owner, repo] = workflow.repository.split('/');
            fromEvent.refs.push(...found.numbers.map((number) => ({ owner, repo, number })));
        }
        const { refs, ignored } = capReferences([...fromEvent.refs, ...extra.refs], MAX_LINKED_ISSUES);
        if (over?.aborted)
            return [];
        warnIgnoredReferences(fromEvent.ignored, ignored);
        if (refs.length === 0)
            return [];
        const issues = await lookUpIssues(refs, api);
        if (over?.aborted)
            return [];
        warnBounded(issues.filter((issue) => issue.problem), (issue) => `Could not read ${formatRef(issue.ref)} from GitHub: ${issue.problem}. It is linked without its title.`, (issues) => `Could not read ${grouped(issues.length)} issues from GitHub; they are linked without their titles: ${firstAndMore(issues, MAX_ISSUE_WARNINGS, (issue) => `${formatRef(issue.ref)} (${issue.problem})`, '; ')}`);
        return issues;
    }
    catch (error) {
        if (over?.aborted)
            return [];
        // Links never make an upload fail.
        log_warning(`Could not work out the issues to link: ${errorMessage(error)}. No links are attached.`);
        return [];
    }
    finally {
        deadline.cancel();
        http.dispose();
    }
}
/**
 * One warning for each of a few items; for more than MAX_ISSUE_WARNINGS, one
 * warning that names the first of them and counts the rest.
 */
function warnBounded(items, one, many) {
    if (items.length <= MAX_ISSUE_WARNINGS) {
        for (const item of items)
            log_warning(one(item));
    }
    else {
        log_warning(many(items));
    }
}
/** One warning for every reference left out, whichever cap left it out. */
function warnIgnoredReferences(fromBody, overall) {
    if (fromBody + overall === 0)
        return;
    const why = [];
    if (fromBody > 0) {
        why.push(`the pull request body closes ${grouped(MAX_BODY_REFERENCES + fromBody)} issues and only the first ${MAX_BODY_REFERENCES} are taken`);
    }
    if (overall > 0) {
        why.push(`at most ${MAX_LINKED_ISSUES} issues are linked in all`);
    }
    log_warning(`${counted(fromBody + overall, 'issue reference')} ignored: ${why.join('; ')}.`);
}
function attachIssueLinks(config, workflow, results, issues) {
    if (issues.length === 0)
        return;
    const links = toResultLinks(issues, config.issueIntegrationId, workflow.repository);
    let linked = 0;
    for (const result of results) {
        if (wantsLinks(config.linkIssues, result)) {
            result.links = links;
            linked++;
        }
    }
    log_info(`Linking ${counted(linked, 'result')} to ${issues.map((i) => formatRef(i.ref)).join(', ')}`);
}

;// CONCATENATED MODULE: ./src/results/failure-text.ts

/** Details read when looking for a telling line: a failure's output can be megabytes. */
const DETAILS_READ_CHARS = 10_000;
/** Lines of details looked at, at most: go's details hold the test's whole log. */
const DETAILS_READ_LINES = 100;
/** A line longer than this says something, whatever it repeats. */
const MAX_EMPTY_LINE_CHARS = 500;
/** Messages that say only that something failed (behave writes Python's `None`, deno `1 test step failed`, pytest `collection failure`, Criterion `2 assertion(s) failed.`). */
const GENERIC = /^(?:none|null|undefined|fail(?:ed|ure)?|errors?|exception|collection failure|assertion ?error|assertion fail(?:ed|ure)|(?:uncaught|unexpected) exception|unknown file|test fail(?:ed|ure)|\d+ test steps? failed|(?:● )?test suite failed to run|\d+ assertion\(s\) failed|\d+ (?:failure|error)s?(?:, see stack ?trace for details)?)$/i;
/** A line that ends with a quote: it quotes what it names. */
const QUOTE_AT_END = /['"`]\s*$/;
/** A source location: `auth_test.go:26`, `tests/ui.spec.ts:32:1`. */
const LOCATION = /(?:^|\s)[\w./\\@-]+\.\w+:\d+(?::\d+)?(?=\s|$|:)/g;
/**
 * Lines of details that are framing, not the failure: go's test log markers,
 * stack frames (Ruby's `./spec/cart_spec.rb:9:in 'block …'`, RSpec's with a
 * `# ` before it, Crystal's `spec/cart_spec.cr:24:7 in '->'`, with a `# `
 * in the message of its expect_raises, Haskell's `CallStack (from
 * HasCallStack):`), rules.
 */
const FRAMING = /^(?:(?:# )?\S+:\d+:\d+ in '|\(?(?:in test file|from function) .*, line \d+[,)]$|(?:::)?in (?:function|call from) [^\n]*?\([^()]*, line \d+\)$|\S+:\d+: in \S+$|(?:# )?\S+:\d+:in [`']|=== (?:RUN|PAUSE|CONT|NAME)\b|--- (?:FAIL|PASS|SKIP):|Traceback \(most recent call last\):|at\s|File ".*", line \d+|❯\s|[─_=\- ]+$|- (?:file|line)\s*:|EXCEPTION STACK TRACE:|Google Test trace:$|CallStack \(from HasCallStack\):$)/;
/** A Python traceback's first line. */
const PYTHON_TRACEBACK = 'Traceback (most recent call last):';
/** A frame of a Python traceback: `File "tests/test_x.py", line 18, in test_x`. */
const PYTHON_FRAME = /^File ".*", line \d+/;
/** `file.go:26: text`: where go's testing and many C tools say what failed. */
const LOCATED = /^[\w./\\@-]+\.\w+:\d+: \S/;
/** Where googletest lists a failure's SCOPED_TRACE messages, after it. */
const GTEST_TRACE = 'Google Test trace:';
/** pytest's `E   assert 1 == 2`. */
const PYTEST_ERROR = /^E\s+(?=\S)/;
/**
 * node-tap's YAML diagnostic (`at:`, `stack: |`, `compare: ===`): its lines
 * are locations and source, none says what failed (the assertion's own
 * testcase is named after its message).
 */
const TAP_DIAGNOSTIC = /^(?:at|stack|compare|tapCaught|source|diff|name):(?:\s|$)/;
/** bats' `(in test file test/cart.bats, line 15)`, `(from function `f' in file …`. */
const BATS_LOCATION = /^\((?:in test file|from function) /;
/**
 * EUnit (eunit_surefire) starts with the stack, `::in function m:f/0 (m.erl,
 * line 12)` (a BIF's frame has no location; a frame with its arguments is
 * followed by `  called as f(Args)`), and ends with the reason,
 * `**error:{assertEqual,[…` (an Erlang term over several indented lines).
 */
const EUNIT_STACK = /^(?:::)?in (?:function|call from) \S[^\n]*?\/\d+(?: \([^()]*, line \d+\))?$/;
const EUNIT_REASON = /^\*\*(?=(?:error|exit|throw):)/;
/** Lines of an Erlang term joined into one headline, at most. */
const EUNIT_TERM_LINES = 20;
/** A field of a YAML diagnostic: `message: text`. */
const DIAGNOSTIC_FIELD = /^(message|assertion|name):[ \t]*(\S.*)$/gm;
/**
 * What a YAML diagnostic says failed: its `message`, else its assertion
 * (AVA: `AssertionError: t.deepEqual()`); node-tap's locations and source
 * say nothing (its testcase is named after the assertion's message).
 */
function diagnosticHeadline(text) {
    const fields = new Map();
    for (const [, key, value] of text
        .slice(0, DETAILS_READ_CHARS)
        .matchAll(DIAGNOSTIC_FIELD)) {
        if (!fields.has(key))
            fields.set(key, plainText(value).trim());
    }
    const message = fields.get('message');
    if (message)
        return message;
    const assertion = fields.get('assertion');
    if (!assertion)
        return '';
    const headline = `${fields.get('name') || 'AssertionError'}: ${assertion}`;
    // AVA's diff, on one line as tap-junit writes it: `- 6 + 7`.
    const difference = AVA_DIFFERENCE.exec(text.slice(0, DETAILS_READ_CHARS));
    const diff = difference && plainText(difference[1]).replace(/\s+/g, ' ');
    return diff
        ? `${headline}; Difference (- actual, + expected): ${diff}`
        : headline;
}
/** AVA's `Difference (- actual, + expected):` line of a YAML diagnostic's details. */
const AVA_DIFFERENCE = /^[ \t]*Difference \(- actual, \+ expected\):+[ \t]*(\S.*)$/m;
/** Boost.Test's `- message: check 1 == 2 has failed`. */
const BOOST_MESSAGE = /^- message\s*:\s*/;
/** `Vendor\\Package\\ClassTest::testMethod`, as PHPUnit starts a failure's details. */
const CLASS_METHOD = /^[\w\\.]+::\w/;
/** `ImportError: …`, `java.lang.IllegalStateException: …`: says what went wrong. */
const EXCEPTION_LINE = /^[\w.$]*(?:Error|Exception):/;
/** minitest-reporters' line naming a failed test: `test_x(CartTest) [test/cart_test.rb:7]:`. */
const MINITEST_HEADER = /^(.+)\([\w:]+\)(?: \[[^\]\n]*\])?:?$/;
/** TAP's line of a failed test: `not ok 2 - name`. */
const TAP_NOT_OK = /^not ok (?:\d+\b|-)/;
/** A TAP diagnostic's `#`. */
const TAP_COMMENT = /^\s*# ?/;
/** Test::More's `Failed test 'name'`, before the name. */
const FAILED_TEST = /^failed test\s+(?=['"])/i;
/** What is left of a line that names the test and says only that it failed, or was skipped: `Test  in SUITE failed!`. */
const RESTATED = {
    failed: /^\W*(?:test\s+)?(?:in\s+\S+\s+)?(?:has\s+)?(?:failed|failure)\W*$/i,
    skipped: /^\W*(?:test\s+)?(?:in\s+\S+\s+)?(?:was\s+)?skipped\W*$/i
};
/**
 * Whether a message only names the test and says that it failed or was
 * skipped, as common_test's `Test NAME in SUITE failed!` (its reason is in
 * the element's text).
 */
function restatesTest(message, testName, said) {
    return (testName !== '' &&
        message.includes(testName) &&
        RESTATED[said].test(message.replace(testName, ' ')));
}
/** The name a line may repeat, compared this long at least. */
const MIN_NAME_CHARS = 6;
/**
 * The failure's message (or its details when the message is blank), or, when
 * that says nothing of its own, its details from their first telling line.
 */
function failureText(problem, testName) {
    const crystal = crystalUntold(problem);
    if (crystal)
        return crystal;
    const own = nodeTestMessage(problem) ??
        cucumberRubyException(problem) ??
        clojureUncaught(problem) ??
        (problem.message.trim() ? problem.message : problem.details);
    if (TAP_DIAGNOSTIC.test(own.trimStart())) {
        const headline = diagnosticHeadline(own);
        return { headline, text: headline ? `${headline}\n${own}` : own };
    }
    // tasty-ant-xml writes a bare <failure>: its text.
    const afterSteps = problem.message === '' && problem.type === ''
        ? hunitAfterSteps(own)
        : undefined;
    if (afterSteps)
        return afterSteps;
    const first = firstNonBlank(own)?.trim();
    // Made once, when a line is compared with it: a name may be megabytes long.
    let nameLetters;
    const name = () => (nameLetters ??= lettersAndDigits(testName));
    const firstSays = first === undefined ||
        BATS_LOCATION.test(first) ||
        EUNIT_STACK.test(first.trimStart()) ||
        // A bare Python traceback (subunit2junitxml writes no message): its
        // exception is at its end.
        first === PYTHON_TRACEBACK
        ? 'generic'
        : saysNothing(first, problem.type, name, testName);
    // A message the tool cut (minitest-reporters: its first line and `...`):
    // the details hold it whole.
    if (first !== undefined && !firstSays && own !== problem.details) {
        const whole = CUT_BY_TOOL.test(first)
            ? wholeLine(first, problem)
            : undefined;
        if (whole)
            return whole;
    }
    // bats starts with where the test failed: the failed command follows.
    // RSpec's message starts with a blank line (`\nexpected: 2\n     got: 1`).
    if (first !== undefined && !firstSays)
        return { headline: first, text: own.replace(LEADING_BLANK_LINES, '') };
    // A first line that only names the test is no headline, if nothing says more.
    const fallback = firstSays === 'name' ? undefined : first;
    const read = problem.details.slice(0, DETAILS_READ_CHARS);
    if (TAP_DIAGNOSTIC.test(read.trimStart()))
        return saidNothing(fallback, own);
    // common_test: the reason is an Erlang term.
    const term = read.trimStart().startsWith('{') ? erlangReason(read) : undefined;
    if (term)
        return term;
    let lines = plainText(read).split('\n', DETAILS_READ_LINES);
    // TAP (TAP::Formatter::JUnit): the test's `not ok` line, then its
    // diagnostics as `#` comments.
    const tapLines = TAP_NOT_OK.test(lines.find((line) => line.trim() !== '')?.trim() ?? '')
        ? lines
        : undefined;
    if (tapLines)
        lines = lines.map((line) => line.replace(TAP_COMMENT, ''));
    if (first !== undefined && EUNIT_STACK.test(first.trimStart())) {
        const reason = lines.findIndex((line) => EUNIT_REASON.test(line.trim()));
        if (reason >= 0)
            return eunitReason(lines, reason);
    }
    const telling = tellingLine(lines, read.length === problem.details.length && lines.length < DETAILS_READ_LINES, (line) => line === first || !!saysNothing(line, problem.type, name, testName));
    if (telling === undefined)
        return saidNothing(fallback, own);
    const headline = lines[telling]
        .trim()
        .replace(PYTEST_ERROR, '')
        .replace(BOOST_MESSAGE, '');
    // TAP: the diagnostics end where the next test's lines start (a subtest
    // the formatter wrote after them is another test's).
    const end = tapLines ? tapDiagnosticsEnd(tapLines, telling) : lines.length;
    return {
        headline,
        text: [headline, ...lines.slice(telling + 1, end)].join('\n')
    };
}
/** Where HUnit says a failure happened, on a line of its own before it: `test/Main.hs:71:`. */
const HUNIT_LOCATION = /^\s*[\w./\\@-]+\.l?hs:\d+:\s*$/;
/**
 * The failure after tasty's testCaseSteps labels: it writes the steps
 * logged before HUnit's failure, which starts with where it happened.
 * Undefined when the text does not start with such labels.
 */
function hunitAfterSteps(text) {
    // Cheap first: no other tool's failure names a Haskell file.
    if (!text.includes('hs:'))
        return undefined;
    const lines = plainText(text.slice(0, DETAILS_READ_CHARS)).split('\n', DETAILS_READ_LINES);
    const at = lines.findIndex((line) => HUNIT_LOCATION.test(line));
    if (at < 0 || lines.slice(0, at).every((line) => line.trim() === ''))
        return undefined;
    const from = lines.findIndex((line, i) => i > at && line.trim() !== '');
    if (from < 0)
        return undefined;
    const headline = lines[from].trim();
    return { headline, text: [headline, ...lines.slice(from + 1)].join('\n') };
}
/**
 * How node:test's junit reporter starts a failure's details: the error
 * inspected, in brackets when its stack is only its message.
 */
const NODE_TEST_DETAILS = /^\[?Error \[ERR_TEST_FAILURE\]: /;
/**
 * node:test's message with its line breaks: its reporter writes the message
 * without them (`strictly equal:6 !== 7`), and again, whole, at the start of
 * the details. Undefined for any other failure.
 */
function nodeTestMessage(problem) {
    const { message, details } = problem;
    const start = message === '' ? null : NODE_TEST_DETAILS.exec(details);
    if (!start)
        return undefined;
    let at = start[0].length;
    for (let i = 0; i < message.length; at++) {
        if (at === details.length)
            return undefined;
        if (details[at] === message[i])
            i++;
        else if (details[at] !== '\n' && details[at] !== '\r')
            return undefined;
    }
    return details.slice(start[0].length, at);
}
/** A frame of a Crystal backtrace as its spec runner writes it: `src/cart.cr:8:5 in 'add'`. */
const CRYSTAL_FRAME = /^\S+:\d+:\d+ in '.*'$/;
/** A Crystal exception's class, as `crystal spec` writes it in `type`: `OutOfStock`, `JSON::ParseException`. */
const CRYSTAL_CLASS = /^[A-Z]\w*(?:::[A-Z]\w*)*$/;
/**
 * An exception raised without a message (`raise OutOfStock.new`), as
 * `crystal spec --junit_output` writes it: no message, its class in `type`,
 * the backtrace alone as the text. Its class is what the console shows
 * (`(OutOfStock)`): the headline, saying little. Undefined for any other
 * failure.
 */
function crystalUntold(problem) {
    const { message, type, details } = problem;
    if (message !== '' || problem.kind !== 'error' || !CRYSTAL_CLASS.test(type))
        return undefined;
    const end = details.indexOf('\n');
    const first = details.slice(0, end < 0 ? undefined : end).trim();
    if (!CRYSTAL_FRAME.test(first))
        return undefined;
    return { headline: type, text: `${type}\n${details}`, generic: true };
}
/** The type Cucumber-Ruby gives a failure: the scenario's status. */
const CUCUMBER_STATUS = /^(?:failed|pending|undefined|ambiguous)$/;
/**
 * How Cucumber-Ruby's junit formatter (2.x) starts a failure's text: the
 * scenario, the failed step (a hook's name, an outline's `Example row: | 5 |`)
 * and `Message:`; the exception (`text (Class)`) and its backtrace follow.
 * Its message is only the status and the scenario's name (`failed NAME`).
 */
const CUCUMBER_RUBY_DETAILS = /^[^\n:]+: [^\n]*\n\n(?:[^\n]*\n)?\nMessage:\n\s*(?=\S)/;
/**
 * The exception of Cucumber-Ruby's failure, and its backtrace; undefined for
 * any other failure.
 */
function cucumberRubyException(problem) {
    const { message, type, details } = problem;
    if (!CUCUMBER_STATUS.test(type) || !message.startsWith(`${type} `))
        return undefined;
    const start = CUCUMBER_RUBY_DETAILS.exec(details.slice(0, DETAILS_READ_CHARS));
    return start ? details.slice(start[0].length) : undefined;
}
/** clojure.test's message for an exception thrown outside `is`. */
const CLOJURE_UNCAUGHT = 'Uncaught exception, not in assertion.';
/**
 * How clojure.test.junit starts that error's text: the message, `expected:
 * nil`, then the exception on the `actual:` line, its data and stack after it.
 */
const CLOJURE_UNCAUGHT_DETAILS = /^Uncaught exception, not in assertion\.\r?\nexpected: nil\r?\n {2}actual: (?=\S)/;
/**
 * The exception of clojure.test's `Uncaught exception, not in assertion.`
 * and what follows it; undefined for any other failure.
 */
function clojureUncaught(problem) {
    if (problem.message !== CLOJURE_UNCAUGHT)
        return undefined;
    const start = CLOJURE_UNCAUGHT_DETAILS.exec(problem.details);
    return start ? problem.details.slice(start[0].length) : undefined;
}
/** TAP's `# Subtest: name`, a subtest's first line. */
const TAP_SUBTEST = /^\s*# ?Subtest:/;
/** Where a TAP test's `#` diagnostics after lines[from] end: at a line that is no comment, or a subtest's. */
function tapDiagnosticsEnd(lines, from) {
    for (let i = from + 1; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        if (!TAP_COMMENT.test(line) || TAP_SUBTEST.test(line))
            return i;
    }
    return lines.length;
}
/** Lines after the headline looked at for what it announces, at most. */
const LINE_READ_LINES = 12;
/**
 * A value a failure shows: `Expected: 2`, `  Actual: 1`, `But was:  True`,
 * Hamcrest's `     but: was <10>`, Test::More's `got: '6'`, Qt's QCOMPARE
 * with its expression, `Actual   (total): 4`.
 */
const VALUE_LINE = /^(?:expected|actual|received|got|but(?: was)?|wanted|found|left|right)\b[\w ]{0,20}(?:\(.{0,200}\)\s*)?:\s*\S/i;
/**
 * Gomega's headline, the values and the matcher on the lines after it:
 * `Expected`, `    <int>: 4`, `to equal`, `    <int>: 5`.
 */
const GOMEGA_EXPECTED = /^Expected$/;
/**
 * CppUTest's values, each on a line of its own under its message (which
 * may be `LONGS_EQUAL(…) failed` or `Message: …`): `expected <4>`, then
 * `but was  <3>`, aligned under it (DOUBLES_EQUAL's threshold after it).
 */
const CPPUTEST_EXPECTED = /^expected <.*>$/;
const CPPUTEST_EXPECTED_AT_END = /(?:^|: )expected <.*>$/;
const CPPUTEST_BUT_WAS = /^but was {2}(?=<.*>)/;
/**
 * The headline with CppUTest's `but was <…>` after its `expected <…>`, or
 * both after a headline of its own; undefined when lines[next] holds no
 * such values.
 */
function cpputestValues(headline, lines, next) {
    const at = (i) => plainText(lines[i] ?? '').trim();
    const butWas = (i) => at(i).replace(CPPUTEST_BUT_WAS, 'but was ');
    if (CPPUTEST_EXPECTED_AT_END.test(headline) &&
        CPPUTEST_BUT_WAS.test(at(next)))
        return { line: `${headline}; ${butWas(next)}`, next: next + 1 };
    if (CPPUTEST_EXPECTED.test(at(next)) && CPPUTEST_BUT_WAS.test(at(next + 1)))
        return {
            line: `${headline}; ${at(next)}; ${butWas(next + 1)}`,
            next: next + 2
        };
    return undefined;
}
/**
 * JUnit 4's and 5's assertEquals: `expected:<5> but was:<4>` (JUnit 5:
 * `expected: <5> but was: <4>`), a value of several lines on as many lines.
 */
const JUNIT_OPEN_VALUE = /\bexpected: ?</;
const JUNIT_BUT_WAS = /\bbut was: ?</;
/** The line that ends the actual value. */
const JUNIT_VALUE_END = />$/;
/**
 * JUnit's `but was: <` in the headline or on a line before the stack:
 * only then is an open `expected: <` an assertEquals' value of several
 * lines (another text's `expected:<` that never closes is not joined to
 * the lines after it).
 */
function junitButWasAhead(headline, lines, next, end) {
    if (JUNIT_BUT_WAS.test(headline))
        return true;
    for (let i = next; i < end; i++) {
        const more = plainText(lines[i]).trim();
        if (FRAMING.test(more))
            return false;
        if (JUNIT_BUT_WAS.test(more))
            return true;
    }
    return false;
}
/** minitest's assert_raises, of the exception raised instead: `Class: <TypeError>`, `Message: <"wrong kind">`. */
const EXCEPTION_VALUE_LINE = /^(?:Class|Message): <.*>$/;
/** node:assert's legend before its diff: `+ actual - expected ... Lines skipped`. */
const DIFF_LEGEND = /^\+ actual - expected(?: \.\.\. Lines skipped)?$/;
/** Advice a tool prints after the failure: Rust's `note: run with \`RUST_BACKTRACE=1\` …`, QuickCheck's `Use --quickcheck-replay=… to reproduce.`. */
const CONSOLE_ADVICE = /^(?:note: run with `RUST_BACKTRACE=|Use --quickcheck-replay=)/;
/**
 * Spock's failed condition (`Condition not satisfied:`, or `Condition failed
 * with Exception:`), then the condition's line and its diagram of values
 * (`|    2     false`) under it.
 */
const SPOCK_CONDITION = /^Condition (?:not satisfied|failed with Exception):$/;
/**
 * The failure on one line, for a summary: its headline, with what a
 * headline ending in a colon announces (googletest's `Expected equality of
 * these values:`, node:assert's `Expected values to be strictly equal:`, a
 * Rust panic's `panicked at src/lib.rs:3:5:`) or Gomega's bare `Expected`
 * does, and the expected and actual values that follow it, as the tool's
 * console shows them. At most `limit` characters are gathered (the caller
 * cuts).
 */
function summaryLine(said, limit) {
    let line = said.headline;
    if (!line)
        return line;
    const lines = said.text.slice(0, DETAILS_READ_CHARS).split('\n');
    // The headline's line: the first with something on it once cleaned.
    let next = lines.findIndex((l) => plainText(l).trim() !== '') + 1;
    const end = Math.min(lines.length, next + LINE_READ_LINES);
    const skipBlank = () => {
        while (next < end && lines[next].trim() === '')
            next++;
    };
    if ((line.endsWith(':') && !FRAMING.test(line)) ||
        GOMEGA_EXPECTED.test(line)) {
        skipBlank();
        // Spock's condition: its line, not the diagram of values under it.
        const spock = SPOCK_CONDITION.test(line);
        while (next < end && line.length < limit) {
            const more = plainText(lines[next]).trim();
            // node:assert's legend of the diff that follows it: not a value.
            if (DIFF_LEGEND.test(more)) {
                next++;
                skipBlank();
                continue;
            }
            if (more === '' || FRAMING.test(more) || CONSOLE_ADVICE.test(more))
                break;
            line += ` ${more}`;
            next++;
            if (spock)
                break;
        }
    }
    // JUnit's assertEquals of values of several lines: the value goes on
    // (`expected: <apple 1`, `bread 3> but was: <apple 1`, `bread 2>`).
    if (JUNIT_OPEN_VALUE.test(line) &&
        !(JUNIT_BUT_WAS.test(line) && JUNIT_VALUE_END.test(line)) &&
        junitButWasAhead(line, lines, next, end)) {
        let butWas = JUNIT_BUT_WAS.test(line);
        while (next < end && line.length < limit) {
            const more = plainText(lines[next]).trim();
            if (FRAMING.test(more))
                break;
            line += ` ${more}`;
            next++;
            butWas ||= JUNIT_BUT_WAS.test(more);
            if (butWas && JUNIT_VALUE_END.test(more))
                break;
        }
    }
    skipBlank();
    // A unified diff, as the headline (minitest) or after it (PHPUnit).
    const diffAt = DIFF_FROM.test(line) ? next - 1 : next;
    const diff = diffValues(lines, diffAt);
    if (diff) {
        line = diffAt < next ? diff.values : `${line}; ${diff.values}`;
        next = diff.next;
        skipBlank();
    }
    const cpputest = cpputestValues(line, lines, next);
    if (cpputest)
        ({ line, next } = cpputest);
    while (next < end && line.length < limit) {
        const more = plainText(lines[next]).trim();
        if (!VALUE_LINE.test(more) && !EXCEPTION_VALUE_LINE.test(more))
            break;
        line += `; ${more.replace(/\s+/g, ' ')}`;
        next++;
    }
    return line;
}
/** A unified diff's header, as minitest and PHPUnit write it: `--- expected`, then `+++ actual`. */
const DIFF_FROM = /^--- expected$/i;
const DIFF_TO = /^\+\+\+ actual$/i;
/** Lines of a diff read for its values, at most. */
const DIFF_READ_LINES = 20;
/**
 * `Expected: …; Actual: …` of the unified diff at lines[at]: its removed
 * and added lines; undefined when there is no diff there.
 */
function diffValues(lines, at) {
    if (!DIFF_FROM.test(lines[at]?.trim() ?? '') ||
        !DIFF_TO.test(lines[at + 1]?.trim() ?? ''))
        return undefined;
    const expected = [];
    const actual = [];
    let next = at + 2;
    const end = Math.min(lines.length, next + DIFF_READ_LINES);
    for (; next < end; next++) {
        const line = plainText(lines[next]);
        if (line.trim() === '')
            break;
        if (line.startsWith('-'))
            expected.push(line.slice(1).trim());
        else if (line.startsWith('+'))
            actual.push(line.slice(1).trim());
        else if (!line.startsWith(' ') && !line.startsWith('@@'))
            break;
    }
    if (expected.length === 0 && actual.length === 0)
        return undefined;
    return {
        values: `Expected: ${expected.join(' ')}; Actual: ${actual.join(' ')}`,
        next
    };
}
/** The end of a message cut by its tool. */
const CUT_BY_TOOL = /(?:\.\.\.|…)$/;
/** The details from the line a cut message is the start of, if they have it. */
function wholeLine(cut, problem) {
    const start = cut.replace(CUT_BY_TOOL, '');
    if (start.length < MIN_NAME_CHARS)
        return undefined;
    const lines = plainText(problem.details.slice(0, DETAILS_READ_CHARS)).split('\n', DETAILS_READ_LINES);
    const at = lines.findIndex((line) => line.trim().startsWith(start));
    if (at < 0)
        return undefined;
    // minitest with make_my_diffs_pretty! breaks a message after the value it
    // shows (`ArgumentError` / ` expected but nothing was raised.`): one line
    // on, no more (a diff's context lines start with a space too).
    const next = at + 1 < lines.length && CONTINUED.test(lines[at + 1]) ? at + 2 : at + 1;
    const headline = lines
        .slice(at, next)
        .map((line) => line.trim())
        .join(' ');
    return { headline, text: [headline, ...lines.slice(next)].join('\n') };
}
/** Blank lines before a text's first line. */
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;
/** A line that goes on with the one before it: one space, then words. */
const CONTINUED = /^ [a-z]/;
/** ct:fail's `{test_case_failed,"text"}`: the text, `\n` and all. */
const CT_FAIL_STRING = /^\s*\{test_case_failed,\s*"((?:[^"\\]|\\.)*)"\}\s*$/;
/** The same text as Erlang prints a string it finds unprintable: `[101,120,…]`. */
const CT_FAIL_CODES = /^\s*\{test_case_failed,\s*\[(\d{1,7}(?:,\s*\d{1,7})*)\]\}\s*$/;
/**
 * Where the stack of an `{Reason, Stack}` term starts: its first frame,
 * `{module,function,Arity or [Args],…`.
 */
const ERLANG_STACK = /,\s*\[\{[a-z][\w@]*,\s*(?:'(?:[^'\\\n]|\\.)*'|[a-z][\w@]*),\s*(?:\d|\[)/;
/**
 * What an Erlang term that common_test writes as a failure's text says:
 * ct:fail's text, or the reason of an error's `{Reason, Stack}`.
 */
function erlangReason(details) {
    const string = CT_FAIL_STRING.exec(details)?.[1];
    const codes = CT_FAIL_CODES.exec(details)?.[1];
    let told;
    if (string !== undefined)
        told = string.replace(/\\(.)/g, (_, c) => c === 'n' ? '\n' : c === 't' ? '\t' : c);
    else if (codes !== undefined) {
        const points = codes.split(',').map(Number);
        if (points.every((p) => p <= 0x10ffff && !(p >= 0xd800 && p <= 0xdfff)))
            told = String.fromCodePoint(...points);
    }
    if (told !== undefined) {
        const plain = plainText(told);
        const headline = firstNonBlank(plain)?.trim();
        return headline ? { headline, text: plain.trimStart() } : undefined;
    }
    const stack = ERLANG_STACK.exec(details);
    if (!stack)
        return undefined;
    const headline = details
        .slice(details.indexOf('{') + 1, stack.index)
        .replace(/\s+/g, ' ')
        .trim();
    return headline ? { headline, text: `${headline}\n${details}` } : undefined;
}
/** common_test's skip of a test: `{tc_user_skip,"reason"}`, or `tc_auto_skip` with a string. */
const CT_SKIP_STRING = /^\{tc_(?:user|auto)_skip,\s*"((?:[^"\\]|\\.)*)"\}$/;
/** An auto-skip after a configuration function failed: `{tc_auto_skip,{failed,{Module,init_per_testcase,Reason}}}`. */
const CT_SKIP_FAILED = /^\{tc_auto_skip,\s*\{failed,\s*\{[a-z][\w@]*,\s*([a-z][\w@]*),\s*/;
/**
 * Why common_test skipped a test, from the Erlang term its reporter writes:
 * the user's reason, or which configuration function failed and why
 * (`init_per_testcase failed: {database_down,"connection refused"}`).
 * Undefined when the text is no such term.
 */
function erlangSkipReason(text) {
    const told = CT_SKIP_STRING.exec(text)?.[1];
    if (told !== undefined)
        return told.replace(/\\(.)/g, '$1');
    const failed = CT_SKIP_FAILED.exec(text);
    if (!failed)
        return undefined;
    let term = text.slice(failed[0].length);
    // A crashed init_per_suite or init_per_group: `{'EXIT', {Reason, Stack}}`.
    const exit = /^\{\s*'EXIT',\s*(?=\{)/.exec(term);
    const exitStack = exit && ERLANG_STACK.exec(term.slice(exit[0].length));
    if (exit && exitStack)
        term = term.slice(exit[0].length);
    // `{Reason, Stack}`: the reason; else the term, less the three braces
    // that close the skip's.
    const stack = term.startsWith('{') ? ERLANG_STACK.exec(term) : null;
    const reason = stack
        ? term.slice(1, stack.index)
        : term.replace(/\s*\}\s*\}\s*\}\s*$/, '');
    return `${failed[1]} failed: ${reason.replace(/\s+/g, ' ').trim()}`;
}
/** A failure whose first line says nothing, and nothing after it more. */
function saidNothing(first, own) {
    return first
        ? { headline: first, text: own, generic: true }
        : { headline: '', text: own };
}
/** EUnit's reason at lines[at]: its term's indented lines joined into one. */
function eunitReason(lines, at) {
    const parts = [lines[at].trim().replace(EUNIT_REASON, '')];
    let next = at + 1;
    while (next < lines.length &&
        next - at < EUNIT_TERM_LINES &&
        /^\s+\S/.test(lines[next]))
        parts.push(lines[next++].trim());
    const headline = parts.join(' ');
    return { headline, text: [headline, ...lines.slice(next)].join('\n') };
}
/**
 * The index of the line of `lines` that says what failed, if any: pytest's
 * `E` line, else the first `file:line: text` line, else the first line that
 * says something; for a whole Python traceback, its exception at the end.
 */
function tellingLine(lines, whole, isEmpty) {
    const start = lines.find((line) => line.trim() !== '')?.trim();
    if (whole && start === PYTHON_TRACEBACK) {
        // The exception follows the last frame; its message may go on over
        // lines (unittest's diffs) that are no headline.
        let lastFrame = lines.length - 1;
        while (lastFrame >= 0 && !PYTHON_FRAME.test(lines[lastFrame].trim()))
            lastFrame--;
        for (let i = lastFrame + 1; lastFrame >= 0 && i < lines.length; i++) {
            const line = lines[i].trim();
            if (/^\S/.test(lines[i]) && !FRAMING.test(line) && !isEmpty(line))
                return i;
        }
        for (let i = lines.length - 1; i >= 0; i--) {
            const line = lines[i].trim();
            if (/^\S/.test(lines[i]) && !FRAMING.test(line) && !isEmpty(line))
                return i;
        }
        // Frames only (a cut traceback): none of them says what failed.
        return undefined;
    }
    let first;
    let located;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        // googletest's SCOPED_TRACE lines (`cart_test.cpp:50: order 42`) follow
        // the failure: where it happened, not what failed.
        if (line === GTEST_TRACE)
            break;
        if (line === '' || FRAMING.test(line))
            continue;
        const isError = PYTEST_ERROR.test(line);
        const isLocated = located === undefined && LOCATED.test(line);
        // Only a line that could still be chosen is checked (the check costs).
        if (!isError && !isLocated && first !== undefined)
            continue;
        if (isEmpty(line))
            continue;
        if (isError)
            return i;
        if (isLocated)
            located = i;
        first ??= i;
    }
    return located ?? first;
}
/**
 * Whether a line only says that the test failed (`generic`), or only names
 * it (`name`: the test's own name says as much).
 */
function saysNothing(line, type, testName, rawName = '') {
    if (line.length > MAX_EMPTY_LINE_CHARS)
        return false;
    const bare = line.trim().replace(/[\s:.!…]+$/, '');
    if (GENERIC.test(bare))
        return 'generic';
    if (type && (bare === type || bare === type.split(/[.\\]/).pop()))
        return 'generic';
    // TAP's `not ok 2 - NAME`, whatever bytes the name was written in.
    if (TAP_NOT_OK.test(bare))
        return 'name';
    // common_test's `Test NAME in SUITE failed!`
    if (restatesTest(bare, rawName, 'failed'))
        return 'name';
    // minitest-reporters' `NAME(CartTest) [test/cart_test.rb:7]:`
    if (rawName !== '' && MINITEST_HEADER.exec(bare)?.[1] === rawName)
        return 'name';
    // What is left without a location and a `[project]` tag: nothing, or the
    // name (after Test::More's `Failed test`).
    const cleaned = bare
        .replace(/^\[[^\]]*\](?=\s*\S)/, '')
        .replace(FAILED_TEST, '')
        .replace(LOCATION, ' ');
    const rest = lettersAndDigits(cleaned);
    if (rest === '')
        return 'generic';
    const name = testName();
    if (name.length < MIN_NAME_CHARS || rest.length < MIN_NAME_CHARS)
        return false;
    const named = name.endsWith(rest) ||
        // The name qualified (`Vendor\\CartTest::testAdd`, `self = <… testMethod=test_x>`),
        // not an exception that names it (nose2's `ImportError: Failed to
        // import test module: test_x`) nor a message quoting it (jest's
        // `Cannot find module './x' from '__tests__/x.test.js'`).
        (rest.endsWith(name) &&
            !EXCEPTION_LINE.test(cleaned.trimStart()) &&
            !QUOTE_AT_END.test(cleaned)) ||
        // PHPUnit's `Class::method with data set "x" (…)`
        (CLASS_METHOD.test(bare) && rest.includes(name));
    return named ? 'name' : false;
}
/** The first line with something on it once cleaned; only as much is read as that takes. */
function firstNonBlank(text) {
    const end = Math.min(text.length, DETAILS_READ_CHARS);
    for (let start = 0; start < end;) {
        let stop = text.indexOf('\n', start);
        if (stop < 0 || stop > end)
            stop = end;
        const raw = text.slice(start, stop);
        if (raw.trim() !== '') {
            const line = plainText(raw);
            if (line.trim() !== '')
                return line;
        }
        start = stop + 1;
    }
    return undefined;
}
function lettersAndDigits(text) {
    const lower = text.toLowerCase();
    // Most names and messages are ASCII: a plain pattern is faster.
    return ASCII.test(lower)
        ? lower.replace(/[^a-z0-9]+/g, '')
        : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

;// CONCATENATED MODULE: ./src/annotations/annotate.ts
/**
 * Error annotations for failed tests: GitHub shows them on the run's page
 * and, at the line where the test failed when that is a file of the
 * workspace, on that file (in a pull request's diff too).
 */





/** GitHub shows at most 10 error annotations per step; one is kept for the step's own failure. */
const MAX_ERROR_ANNOTATIONS = 9;
/**
 * Annotates the first failed tests, and says how many more there are.
 * `earlierErrors`: error annotations the step made already (unusable
 * reports), which GitHub counts too.
 */
function annotateFailures(results, locator, earlierErrors = 0) {
    const slots = Math.max(0, MAX_ERROR_ANNOTATIONS - earlierErrors);
    // The annotated tests, each with its markers.
    const failing = new Map();
    // Every failed test once: one with several markers is in several results.
    const failedTests = new Set();
    // Where a result's tests ran in several Playwright projects or browsers:
    // those an annotated test failed in, named in its title.
    const runsInOf = new Map();
    const said = new Map();
    const saidOf = (testCase) => {
        if (!said.has(testCase)) {
            const problem = testCase.problems.find(isFailureOrError);
            said.set(testCase, problem && failureText(problem, testCase.name));
        }
        return said.get(testCase);
    };
    for (const result of results) {
        // A test rerun and failed again (gotestsum, TestNG), or failed in
        // several Playwright projects, is annotated once; its reruns share its
        // result, so only a result's own tests are compared.
        const seen = result.testCases.length > 1 ? new Map() : undefined;
        const several = runInSeveral(result.testCases);
        // Whether a failed test of the result says why it failed: then one whose
        // failure only says it failed (a go test whose subtests failed) is not
        // annotated beside it.
        let saysWhy;
        for (const testCase of result.testCases) {
            if (!failedOrErrored(testCase.outcome))
                continue;
            const key = seen ? sameTestKey(testCase) : '';
            const first = seen?.get(key);
            if (first) {
                const runsIn = runsInOf.get(first);
                if (runsIn && testCase.runsIn && !runsIn.includes(testCase.runsIn))
                    runsIn.push(testCase.runsIn);
                continue;
            }
            if (failedTests.has(testCase)) {
                failing.get(testCase)?.push(result.marker);
                seen?.set(key, testCase);
                continue;
            }
            if (failing.size < slots && seen && saidOf(testCase)?.generic) {
                saysWhy ??= result.testCases.some((t) => failedOrErrored(t.outcome) &&
                    !!saidOf(t)?.headline &&
                    !saidOf(t)?.generic);
                // Not seen: its copy in another project that says why still counts.
                if (saysWhy)
                    continue;
            }
            seen?.set(key, testCase);
            failedTests.add(testCase);
            if (several && testCase.runsIn && !runsInOf.has(testCase))
                runsInOf.set(testCase, [testCase.runsIn]);
            // Only those annotated are kept; the rest are counted.
            if (failing.size < slots)
                failing.set(testCase, [result.marker]);
        }
    }
    for (const [testCase, markers] of failing) {
        const text = saidOf(testCase)?.text || withoutMessage(testCase);
        // Colour codes removed: GitHub shows them as text. Only the start is read.
        const message = firstLines(plainText(clipStart(text, 10_000).text), 12, 1000);
        const location = locator.failureOf(testCase);
        const runsIn = runsInOf.get(testCase);
        const name = runsIn
            ? `[${runsInLabel(runsIn)}] ${testCase.name || '(unnamed test)'}`
            : testCase.name;
        log_error(message, {
            title: clipStart(plainText(`${markers.join(', ')}: ${name}`), 255).text,
            file: location?.file,
            startLine: location?.line
        });
    }
    const failingCount = failedTests.size;
    if (failingCount > slots) {
        log_info(`${counted(failingCount - slots, 'more failed test')} not annotated (GitHub shows at most 10 error annotations per step); see the job summary.`);
    }
}
/**
 * What to say of a failure with no text (CTest, meson: the test program's
 * exit status): the end of the test's own output, where a failed program
 * says why, if it has any.
 */
function withoutMessage(testCase) {
    const said = `The test ${testCase.outcome === 'error' ? 'errored' : 'failed'} with no message`;
    // A suite's output is every test's: it does not say why this one failed.
    const output = testCase.outputOfSuite ? '' : plainText(testCase.output);
    const lines = output.trimEnd().split('\n');
    const end = lines
        .slice(-OUTPUT_END_LINES)
        .join('\n')
        .replace(/^\s*\n/, '');
    return end.trim() ? `${said}; its output ends:\n${end}` : `${said}.`;
}
/** Lines of a failed test's output in its annotation when its failure has no text. */
const OUTPUT_END_LINES = 8;
function firstLines(text, lines, chars) {
    const kept = text.split('\n', lines + 1);
    const cut = kept.length > lines || text.length > chars;
    return (clipStart(kept.slice(0, lines).join('\n'), chars).text + (cut ? '\n…' : ''));
}
/**
 * What tells a test apart from its reruns and its runs in other projects or
 * browsers: its classname without the browser's name karma and WebdriverIO
 * start it with (`Firefox_153_0_(Linux_0_0_0).`, `chrome.156_0.linux.`), its
 * name and its reported name.
 */
function sameTestKey(testCase) {
    const { classname, runsIn } = testCase;
    const own = runsIn !== undefined &&
        classname.length >= runsIn.length &&
        safeName(classname.slice(0, runsIn.length)) === safeName(runsIn)
        ? classname.slice(runsIn.length)
        : classname;
    return `${own}\n${testCase.name}\n${testCase.reportedName}`;
}
/** Letters and digits kept, anything else `_`, as karma writes a browser's name into a classname. */
function safeName(text) {
    return text.replace(/[^\p{L}\p{N}]/gu, '_');
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/annotations/source-positions.ts
/**
 * Where a failure happened, as its text says: the file:line positions of
 * stack traces and tool messages, in the order they appear. Pure: which of
 * them are files in the workspace is for workspace-files.ts to say.
 */
/** A failure's text can be megabytes; where it failed is said near its start. */
const READ_CHARS = 20_000;
/** Positions read at most: a deep stack holds hundreds of frames. */
const MAX_POSITIONS = 40;
/** Characters of a path; a match starts only where a run of them starts (see PATH). */
const PATH_CHAR = String.raw `[\w.\/\\@~+%$-]`;
/**
 * A path with a file extension: `src/a.test.ts`, `C:\src\A.cs`,
 * `file:///w/a.js`. Lengths are bounded and a match starts only where a run
 * of path characters starts, so hostile text costs linear time.
 */
const PATH = String.raw `(?<!${PATH_CHAR})(?:file:\/\/\/?)?(?:[A-Za-z]:)?${PATH_CHAR}{0,400}?\.[A-Za-z]\w{0,15}`;
/** A Nim module's path (`.nim`, or a NimScript's `.nims`). */
const NIM_PATH = String.raw `(?<!${PATH_CHAR})(?:[A-Za-z]:)?${PATH_CHAR}{0,400}?\.nims?`;
/**
 * The forms, in one expression so that each position is read once, by the
 * most specific form that starts there.
 */
const POSITION = new RegExp([
    // Python: File "tests/test_auth.py", line 18, in test_x
    String.raw `File "(?<python>[^"\n]{1,400})", line (?<pythonLine>\d{1,9})`,
    // Kotlin, whose classes' names may hold spaces and hyphens (a lambda in
    // a backtick-named function: `at demo.CartTest$BD-5 dynamic$2.execute(CartTest.kt:54)`),
    // and Groovy, whose closures' classes keep a string-named method's
    // hyphens (`at demo.CartTest$_BD-5_every_item_closure3.doCall(CartTest.groovy:81)`);
    // a JVM method's name holds no dot, so the class ends at the last one.
    // A space only after a `$` (the function's name in its lambda's class):
    // words before the frame on its line (`failed at step 3 at demo.…`) are
    // no class.
    String.raw `\bat\s{1,10}(?:[\w.$@+-]{0,100}\/){0,2}(?<kotlinClass>(?=[\w$])[\w-]{0,100}(?:\$[^$.()\n]{0,200}){0,10}(?:\.[\w-]{1,100}(?:\$[^$.()\n]{0,200}){0,10}){0,30})\.[^.()\n]{1,200}\((?<kotlin>[\w$-]{1,200}\.(?:kts?|groovy)):(?<kotlinLine>\d{1,9})\)`,
    // JVM: at demo.CartTest.failsAssertion(CartTest.java:7), after Java 9's
    // class loader and module (`app//demo.…`, `java.base@17.0.2/java.…`)
    String.raw `\bat\s{1,10}(?:[\w.$@+-]{0,100}\/){0,2}(?<jvmClass>[\w$.]{1,300})\.[^()\n]{1,200}\((?<jvm>[\w$-]{1,200}\.(?:java|kt|kts|scala|groovy)):(?<jvmLine>\d{1,9})\)`,
    // .NET: in C:\src\Tests\CartTests.cs:line 42
    String.raw `\bin (?<dotnet>${PATH}):line (?<dotnetLine>\d{1,9})`,
    // Boost.Test's `- file   : x.cpp` / `- line   : 11`, node-tap's YAML `fileName:` / `lineNumber:`
    String.raw `^[ \t]{0,20}(?:- )?file(?:Name)?[ \t]{0,20}:(?<pair>[^\n]{0,400})\n[ \t]{0,20}(?:- )?line(?:Number)?[ \t]{0,20}:[ \t]{0,20}(?<pairLine>\d{1,9})`,
    // A JavaScript frame in parentheses, whose path may hold spaces: (/w/my cart.test.js:7:21)
    String.raw `\((?<paren>(?:file:\/\/\/?)?[^()\n]{1,400}?\.[A-Za-z]\w{0,15}):(?<parenLine>\d{1,9}):\d{1,9}\)`,
    // At a line's start, a path that may hold spaces (pytest on Windows: C:\Program Files\…\x.py:90: in f)
    String.raw `^(?<located>(?:[A-Za-z]:)?[^\s:(\[\]<>"'|?*\u203a][^\n:(\[\]<>"'|?*\u203a]{0,400}?\.[A-Za-z]\w{0,15}):(?<locatedLine>\d{1,9}):`,
    // bats `(in test file test/a.bats, line 15)`, EUnit `(test/m.erl, line 12)`, bash `a.sh: line 3:`
    String.raw `(?<comma>${PATH})[,:] line (?<commaLine>\d{1,9})\b`,
    // Perl (Test::More, die): `at t/shop.t line 11.`
    String.raw `\bat (?<perl>${PATH}) line (?<perlLine>\d{1,9})\b`,
    // PHP's errors: `Fatal error: … in /w/tests/CartTest.php on line 18`
    String.raw `\bin (?<php>${PATH}) on line (?<phpLine>\d{1,9})\b`,
    // An Erlang stack frame: {file,"bd_shop_SUITE.erl"},{line,66}
    String.raw `\{file,\s{0,10}"(?<erlang>[^"\n]{1,400})"\},\s{0,10}\{line,\s{0,10}(?<erlangLine>\d{1,9})\}`,
    // pytest-bdd's missing step: `Line 23 in scenario "…" in the feature "/w/features/cart.feature"`
    String.raw `\bLine (?<bddLine>\d{1,9}) in scenario "[^\n]{0,1000}?" in the feature "(?<bdd>[^"\n]{1,400})"`,
    // Nim: a failed check `tests/cart.nim(27, 24): Check failed: …`, a
    // stack frame `tests/cart.nim(43) test_cart`
    String.raw `(?<nim>${NIM_PATH})\((?<nimLine>\d{1,9})(?:, \d{1,9})?\)`,
    // MSVC and Boost.Test's compiler style: cart_test.cpp(11): error
    String.raw `(?<msvc>${PATH})\((?<msvcLine>\d{1,9})\)(?=\s*:)`,
    // Everything else: src/a.test.ts:10:21, auth_test.go:26:, /w/AuthTest.php:25
    String.raw `(?<plain>${PATH}):(?<plainLine>\d{1,9})`
].join('|'), 'gm');
const FORMS = [
    'python',
    'kotlin',
    'jvm',
    'dotnet',
    'pair',
    'paren',
    'located',
    'comma',
    'perl',
    'php',
    'erlang',
    'bdd',
    'nim',
    'msvc',
    'plain'
];
/** googletest's line before a failure's SCOPED_TRACE messages. */
const source_positions_GTEST_TRACE = /^Google Test trace:$/m;
/** After a position in Playwright's header without a project: `cart.spec.ts:11:5 › title`. */
const DECLARED_AFTER = /^:\d+ \u203a /;
/** pytest's marked line of a frame at a function's header: `>   def test_x(value):`. */
const PYTEST_AT_DEF = /^>\s+(?:async\s+)?def\s/;
/**
 * Where a failure happened: its details first (the stack), then its message
 * (older Playwright writes the test's declaration there).
 */
function failurePositions(problem) {
    // Nim's unittest writes a test's first failed check as the message, the
    // checks that failed after it in the text.
    if (NIM_CHECK.test(problem.message))
        return sourcePositions(`${problem.message}\n${problem.details}`);
    return sourcePositions(`${problem.details}\n${problem.message}`);
}
/** Where Nim's unittest says a check failed: `tests/cart.nim(27, 24): Check failed: …`. */
const NIM_CHECK = new RegExp(String.raw `^${NIM_PATH}\(\d{1,9}, \d{1,9}\): (?:Check|Expect) failed\b`, 'i');
/**
 * Positions in the order the text gives them, except Playwright's header
 * (`[chromium] › cart.spec.ts:11:5 › title`, or `cart.spec.ts:11:5 › title`
 * without a project): that is where the test is declared, not where it
 * failed, so it comes last; so does a pytest frame stopped at a function's
 * `def` line (hypothesis's `@given` calls the test there: the frame of the
 * line that failed follows). googletest's SCOPED_TRACE lines, after `Google
 * Test trace:`, say where a trace was set: they are left out.
 */
function sourcePositions(text) {
    const positions = [];
    const declarations = [];
    const read = text.slice(0, READ_CHARS);
    const trace = source_positions_GTEST_TRACE.exec(read)?.index ?? read.length;
    // Where the last position ended: a pytest frame's source follows it.
    let previousEnd = 0;
    for (const match of read.slice(0, trace).matchAll(POSITION)) {
        const frameStart = previousEnd;
        previousEnd = match.index + match[0].length;
        const groups = match.groups ?? {};
        const form = FORMS.find((name) => groups[name] !== undefined);
        if (!form)
            continue;
        const path = groups[form].trim();
        const line = Number(groups[`${form}Line`]);
        // Line 0 is "unknown" (Boost.Test's `unknown location`).
        if (!path || !Number.isSafeInteger(line) || line < 1)
            continue;
        const position = { path, line };
        if (form === 'jvm' || form === 'kotlin') {
            const className = groups.jvmClass ?? groups.kotlinClass;
            position.className = className;
            const lastDot = className.lastIndexOf('.');
            if (lastDot > 0)
                position.packageDirs = className.slice(0, lastDot).replace(/\./g, '/');
        }
        const end = match.index + match[0].length;
        if (text.slice(Math.max(0, match.index - 2), match.index) === '\u203a ' ||
            DECLARED_AFTER.test(text.slice(end, end + 12)) ||
            (form === 'located' &&
                PYTEST_AT_DEF.test(markedLine(read.slice(frameStart, match.index)))))
            declarations.push(position);
        else
            positions.push(position);
        if (positions.length + declarations.length === MAX_POSITIONS)
            break;
    }
    return positions.concat(declarations);
}
/** The last line of a pytest frame's source that starts with `>` ('' if none). */
function markedLine(frame) {
    const last = frame.lastIndexOf('\n>');
    const at = last >= 0 ? last + 1 : frame.startsWith('>') ? 0 : -1;
    if (at < 0)
        return '';
    const lineEnd = frame.indexOf('\n', at);
    return frame.slice(at, lineEnd < 0 ? frame.length : lineEnd);
}

;// CONCATENATED MODULE: ./src/util/inside.ts
/**
 * Whether `target` is `folder` or inside it (both absolute), by their paths
 * alone: the one boundary check of reports, annotations and attachments.
 */

function isInside(folder, target) {
    const relative = external_node_path_default().relative(folder, target);
    return (relative !== '..' &&
        // `..x.png` is a name, not a way up.
        !relative.startsWith(`..${(external_node_path_default()).sep}`) &&
        !external_node_path_default().isAbsolute(relative));
}

;// CONCATENATED MODULE: ./src/annotations/workspace-files.ts
/**
 * Which files exist in the workspace, for placing annotations on them. Files
 * are only looked at (stat, directory listings), never read, and nothing
 * outside the workspace is looked at: a report's paths are untrusted.
 */



/** Folders of dependencies and tools: a failure is annotated on the project's own code. */
const NOT_OURS = new Set([
    'node_modules',
    'bower_components',
    'site-packages',
    'dist-packages',
    'vendor',
    'venv',
    '.venv',
    '.tox',
    '.git'
]);
/** Build output and caches: no source to point at, and often many files. */
const NOT_SOURCE = new Set(['target', 'coverage', '__pycache__']);
/**
 * Files and folders listed at most when looking files up by name (about
 * 0.2 s on a runner): a monorepo can hold millions.
 */
const MAX_LISTED_ENTRIES = 100_000;
class WorkspaceFiles {
    workspace;
    maxListed;
    /** Workspace-relative paths ('/'-separated) by base name; built when first needed. */
    byName;
    /** The workspace's own real path: what a file's real path must be inside. */
    realRoot;
    constructor(workspace, maxListed = MAX_LISTED_ENTRIES) {
        this.workspace = workspace;
        this.maxListed = maxListed;
    }
    /**
     * `file` (absolute, or relative to the workspace) as a workspace-relative
     * path, when it is a regular file inside the workspace and not in a
     * dependency's folder.
     */
    fileAt(file) {
        const relative = this.inside(file);
        if (relative === undefined)
            return undefined;
        try {
            // A symbolic link is followed only when it stays inside the workspace.
            this.realRoot ??= (0,external_node_fs_namespaceObject.realpathSync)(this.workspace);
            const real = (0,external_node_fs_namespaceObject.realpathSync)(external_node_path_default().join(this.workspace, relative));
            if (!isInside(this.realRoot, real))
                return undefined;
            return (0,external_node_fs_namespaceObject.statSync)(real).isFile() ? relative : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** `file` relative to the workspace ('/'-separated), when it is inside and not a dependency's. */
    inside(file) {
        const absolute = external_node_path_default().resolve(this.workspace, file);
        if (!isInside(this.workspace, absolute))
            return undefined;
        const parts = external_node_path_default().relative(this.workspace, absolute).split((external_node_path_default()).sep);
        if (parts.some((part) => NOT_OURS.has(part)))
            return undefined;
        return parts.join('/');
    }
    /**
     * Files named `name` in the workspace (dependencies', build output's and
     * dot folders left out), as workspace-relative paths; undefined when the
     * workspace holds too many files to list.
     */
    named(name) {
        if (this.byName === undefined)
            this.byName = this.list();
        return this.byName === null ? undefined : (this.byName.get(name) ?? []);
    }
    list() {
        const byName = new Map();
        let listed = 0;
        const pending = [''];
        while (pending.length > 0) {
            const folder = pending.pop();
            let entries;
            try {
                entries = (0,external_node_fs_namespaceObject.readdirSync)(external_node_path_default().join(this.workspace, folder), {
                    withFileTypes: true
                });
            }
            catch {
                continue; // unreadable: its files are not ours to place
            }
            if ((listed += entries.length) > this.maxListed)
                return null;
            for (const entry of entries) {
                const relative = folder ? `${folder}/${entry.name}` : entry.name;
                // Symbolic links are not followed: they may lead out of the workspace.
                if (entry.isDirectory()) {
                    if (!entry.name.startsWith('.') &&
                        !NOT_OURS.has(entry.name) &&
                        !NOT_SOURCE.has(entry.name))
                        pending.push(relative);
                }
                else if (entry.isFile()) {
                    const same = byName.get(entry.name);
                    if (same)
                        same.push(relative);
                    else
                        byName.set(entry.name, [relative]);
                }
            }
        }
        return byName;
    }
}

;// CONCATENATED MODULE: ./src/annotations/locate.ts
/**
 * The file and line an annotation of a failed test points at: the first
 * position of its failure's text that is a file of the workspace, preferring
 * the test's own file (a stack's first frames are often the assertion
 * library's).
 */





class FailureLocator {
    files;
    /** A path as written, with the folder it was read from, → the workspace file it is (or not). */
    resolved = new Map();
    constructor(files) {
        this.files = files;
    }
    /**
     * Where a failed test failed: from its first failure's or error's text;
     * else where the test is, as far as the report says (its file, and the
     * line its testcase names: googletest's `unknown file` exception).
     */
    failureOf(testCase) {
        const problem = testCase.problems.find(isFailureOrError);
        return this.locate(problem ? failurePositions(problem) : [], testCase);
    }
    locate(positions, test) {
        // The test's own file: as the report says, or its classname when that
        // is a file (vitest, Playwright and node-tap name classes by file).
        const ownFile = test.file || (FILE_NAME.test(test.classname) ? test.classname : '');
        const testFile = ownFile
            ? this.resolve(ownFile, { ...test, file: ownFile })
            : undefined;
        let first;
        for (const { path: written, line, packageDirs, className } of positions) {
            let file = this.resolve(written, test, packageDirs);
            // Kotlin's folders leave out the package's common root: a frame of the
            // test's own class is looked up by its file's name too.
            if (file === undefined &&
                packageDirs !== undefined &&
                className !== undefined &&
                outerClass(className) === outerClass(test.classname))
                file = this.resolve(written, test);
            if (file === undefined)
                continue;
            if (file === testFile || testFile === undefined)
                return { file, line };
            first ??= { file, line };
        }
        if (first)
            return first;
        if (testFile === undefined)
            return undefined;
        return test.line === undefined
            ? { file: testFile }
            : { file: testFile, line: test.line };
    }
    resolve(written, test, packageDirs) {
        const found = this.resolveOnce(written, test, packageDirs);
        // A relative path read with its spaces may have begun with words (`Error
        // in my module.py:3:`): its last word is a path too. An absolute one is
        // whole (`C:\Program Files\…`).
        const lastWord = isAbsolute(written)
            ? undefined
            : /\s(\S+)$/.exec(written)?.[1];
        return found === undefined && lastWord
            ? this.resolveOnce(lastWord, test, packageDirs)
            : found;
    }
    resolveOnce(written, test, packageDirs) {
        // All that decides it: the classname breaks ties between same-named files.
        const key = `${test.reportFile}\n${test.file}\n${test.classname}\n${packageDirs ?? ''}\n${written}`;
        if (!this.resolved.has(key))
            this.resolved.set(key, this.find(written, test, packageDirs));
        return this.resolved.get(key);
    }
    find(written, test, packageDirs) {
        let file = written;
        if (file.startsWith('file://')) {
            try {
                file = (0,external_node_url_namespaceObject.fileURLToPath)(file);
            }
            catch {
                // Not a URL node reads (`file://./test/a.ts`, as webdriverio writes): a path after all.
                file = file.slice('file://'.length);
            }
        }
        // A dependency's file, wherever it is, is none of the project's.
        if (file.split(/[\\/]+/).some((part) => NOT_OURS.has(part)))
            return undefined;
        if (packageDirs === undefined) {
            // As written: relative to the workspace, the test's file, or the report.
            const bases = external_node_path_default().isAbsolute(file)
                ? ['']
                : new Set(['', folderOf(test.file), folderOf(test.reportFile)]);
            for (const base of bases) {
                const found = this.files.fileAt(external_node_path_default().join(base, file));
                if (found !== undefined)
                    return found;
            }
        }
        return this.findByName(file, test, packageDirs);
    }
    /**
     * Elsewhere (tests run in a container, in a package of a monorepo, a JVM
     * frame's bare name): the one file whose path ends with the longest tail
     * of the written path. A JVM frame's file must be in its package's folder.
     */
    findByName(file, test, packageDirs) {
        const parts = file
            .split(/[\\/]+/)
            // Windows drive letters are no folder's name.
            .filter((part) => part && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part));
        const name = parts.pop();
        if (!name)
            return undefined;
        const named = this.files.named(name);
        if (!named || named.length === 0)
            return undefined;
        const tail = packageDirs
            ? [...packageDirs.split('/'), name]
            : [...parts, name];
        // A JVM frame's file is in its package's folder. An absolute path from
        // elsewhere (a system library, another checkout) must share its folder
        // too: a bare name alone would match the project's file of that name.
        const shortest = packageDirs
            ? tail.length
            : isAbsolute(file)
                ? Math.min(2, tail.length)
                : 1;
        // The files sharing the longest tail with the written path: each file
        // compared once (a monorepo may hold thousands of index.ts).
        let longest = 0;
        let matches = [];
        for (const candidate of named) {
            const shared = commonTail(candidate.split('/'), tail);
            if (shared > longest) {
                longest = shared;
                matches = [candidate];
            }
            else if (shared === longest) {
                matches.push(candidate);
            }
        }
        if (longest < shortest)
            return undefined;
        return matches.length === 1 ? matches[0] : closest(matches, test);
    }
}
/**
 * Of files of the same name, the one whose folder the test's classname
 * names (go's package path, a JVM package), or else nearest the report; none
 * when that does not tell them apart.
 */
function closest(candidates, test) {
    const scope = test.classname.split(/[\\/.]+/).filter(Boolean);
    const reportDirs = test.reportFile.split(/[\\/]/).slice(0, -1);
    let best;
    let bestScore = -1;
    let tied = false;
    for (const candidate of candidates) {
        const dirs = candidate.split('/').slice(0, -1);
        const named = Math.max(commonTail(dirs, scope), commonTail(dirs, scope.slice(0, -1)));
        // Named folders count first; nearness to the report breaks ties.
        const score = named * 1000 + commonHead(dirs, reportDirs);
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
            tied = false;
        }
        else if (score === bestScore) {
            tied = true;
        }
    }
    return tied ? undefined : best;
}
/** A classname that is a file: `test/shop.test.js`, `flaky.spec.ts`, doctest's `cart_test.cpp`. */
const FILE_NAME = /^[\w./@-]+\.(?:[cm]?[jt]sx?|py|rb|php|go|feature|c|cc|cpp|cxx)$/;
/** Absolute here or on Windows (`C:\…`, `C:/…`), or a file URL. */
function isAbsolute(file) {
    return (external_node_path_default().isAbsolute(file) ||
        /^[A-Za-z]:[\\/]/.test(file) ||
        file.startsWith('file://'));
}
/** `demo.CartTest` of `demo.CartTest$Inner`. */
function outerClass(className) {
    const nested = className.indexOf('$');
    return (nested < 0 ? className : className.slice(0, nested)).trim();
}
/** '' for the workspace itself. */
function folderOf(file) {
    const folder = external_node_path_default().dirname(file);
    return folder === '.' ? '' : folder;
}
function commonTail(a, b) {
    let n = 0;
    while (n < a.length &&
        n < b.length &&
        a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
function commonHead(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n])
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/annotations/source-links.ts
/**
 * Links from the job summary's failed rows to the line where each failed, in
 * the tested commit on GitHub. Pure apart from the locator's look at the
 * workspace.
 */

/** Failed results given a link at most: each costs a look at the workspace. */
const MAX_SOURCE_LINKS = 50;
/** For the first failed results (failures and errors): where their first failed test failed. */
function sourceLinks(results, locator, links) {
    const found = new Map();
    // The tested commit's files: …/commit/SHA → …/blob/SHA.
    const blob = links.commitUrl?.replace(/\/commit\/([0-9a-f]+)$/i, '/blob/$1');
    if (!blob || blob === links.commitUrl)
        return found;
    let looked = 0;
    for (const result of results) {
        if (!failedOrErrored(result.outcome))
            continue;
        if (looked++ === MAX_SOURCE_LINKS)
            break;
        const failed = result.testCases.find((t) => failedOrErrored(t.outcome));
        const location = failed && locator.failureOf(failed);
        if (!location?.line)
            continue;
        let path;
        try {
            path = location.file.split('/').map(encodeURIComponent).join('/');
        }
        catch {
            continue; // a name no URL can hold (a lone surrogate)
        }
        found.set(result, {
            href: `${blob}/${path}#L${location.line}`,
            text: `${location.file}:${location.line}`
        });
    }
    return found;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const external_node_fs_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/util/checked-files.ts
/**
 * Reading a file found in the workspace as that very file: opened without
 * following a link swapped in for it and without waiting on a FIFO (Windows
 * has neither flag), and read no further than the size it had when checked.
 * Reports and attachments alike.
 */

const OPEN_CHECKED = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0) | (external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0);
/**
 * The open file's bytes, at most `size` of them (one that grows is read no
 * further). Synchronous: each asynchronous read waits for a thread of node's
 * pool (see readReportFile in reports/load.ts); an attachment is read the same
 * way.
 */
function readUpTo(fd, size) {
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
        const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, filled, size - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return bytes.subarray(0, filled);
}

;// CONCATENATED MODULE: ./src/util/secrets.ts
/**
 * Secrets replaced by `***` in text the action shows or sends on. Pure.
 * The longest first: one secret may hold another (a github-token holding the
 * API key would otherwise show around its `***`).
 */
function hideSecrets(text, 
/** Secrets by name (`api-key`, `github-token`). */
secrets, 
/** Shorter values are left alone: replacing a placeholder like `x` would mangle the text. */
minChars) {
    const hidden = [];
    const longestFirst = Object.entries(secrets).sort(([, a], [, b]) => b.length - a.length);
    for (const [name, secret] of longestFirst) {
        if (secret.length >= minChars && text.includes(secret)) {
            text = text.replaceAll(secret, '***');
            hidden.push(name);
        }
    }
    return { text, hidden };
}
/** No key is this short; replacing or refusing on a placeholder like `x` would mangle text and lose files. */
const MIN_SECRET_CHARS = 8;
/**
 * The names of the secrets a file's bytes hold, as UTF-8 or as UTF-16 (what
 * Windows PowerShell writes with `>`). Pure.
 */
function secretsInBytes(bytes, 
/** Secrets by name (`api-key`, `github-token`). */
secrets, minChars) {
    const content = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Object.entries(secrets)
        .filter(([, secret]) => secret.length >= minChars &&
        (content.includes(secret, 0, 'utf8') ||
            content.includes(secret, 0, 'utf16le') ||
            content.includes(Buffer.from(secret, 'utf16le').swap16())))
        .map(([name]) => name);
}

;// CONCATENATED MODULE: ./src/attachments.ts
/**
 * The attachments stage (input `attachments`): the files tests name with
 * `[[ATTACHMENT|path]]` (Playwright's screenshots and traces) uploaded to QA
 * Sphere and listed in their results' comments, as QA Sphere's own CLI does.
 *
 * A report's paths are untrusted: only regular files whose real path (links
 * resolved) is inside the workspace are read, so a link in a pull request
 * cannot send the runner's files (or /proc/self/environ) to QA Sphere. The
 * file read is the very file checked (its device and inode, from the open
 * handle), however its path changes in between. A file that holds the API
 * key or the github-token (a test's log of its environment) is not uploaded.
 */








/** QA Sphere's limit for one file. */
const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/**
 * QA Sphere takes at most 100 files in one request (and 500 MiB). Requests
 * are kept to 50 MiB: one must be sent within the 2 minutes a request may
 * take, also from a runner with a slow uplink (3.5 Mbit/s).
 */
const MAX_FILES_PER_REQUEST = 100;
const MAX_BYTES_PER_REQUEST = 50 * 1024 * 1024;
/** Paths looked for at most in one upload (found or not): a report can name millions. */
const MAX_LOOKUPS = 10_000;
/** Skipped files named (with why); the rest are counted. */
const MAX_NAMED_SKIPS = 100;
/** Characters of one such problem: a path as long as any file system allows, and why. */
const MAX_SKIP_CHARS = 5000;
/** Files listed in one result at most (its comment stays readable); more are not uploaded. */
const MAX_FILES_PER_RESULT = 100;
/** Paths a result's tests name that are remembered, so that one named again is counted once. */
const MAX_NAMED_PER_RESULT = 10 * MAX_FILES_PER_RESULT;
/** Said of any path that is not a file inside the workspace, whatever it is: the log must not tell what exists elsewhere. */
const NOT_IN_WORKSPACE = 'not a file in the workspace';
/**
 * The warning of the files not uploaded: the first `maxListed` reasons, and
 * how many files the rest stand for. Undefined when every file was.
 */
function skippedWarning(outcome, maxListed) {
    const { skipped, skippedCount } = outcome;
    if (skippedCount === 0)
        return undefined;
    const listed = skipped.slice(0, maxListed);
    const listedFiles = outcome.skippedFiles
        .slice(0, maxListed)
        .reduce((sum, files) => sum + files, 0);
    const more = skippedCount > listedFiles ? ` and ${skippedCount - listedFiles} more` : '';
    return `${counted(skippedCount, 'attachment file')} named in the reports ${skippedCount === 1 ? 'was' : 'were'} not uploaded: ${listed.join('; ')}${more}`;
}
/**
 * Uploads the files of the results' test cases and sets each result's
 * `attachments`. Results are posted whatever happens here.
 */
async function uploadAttachments(client, results, workspace, 
/** Secrets by name (`api-key`): a file holding one is not uploaded. */
secrets = {}) {
    const outcome = {
        uploaded: 0,
        skipped: [],
        skippedCount: 0,
        skippedFiles: []
    };
    const { skippedFiles } = outcome;
    const skip = (problem, files = 1) => {
        outcome.skippedCount += files;
        if (outcome.skipped.length >= MAX_NAMED_SKIPS)
            return;
        // Paths come from reports: a path can be megabytes long.
        outcome.skipped.push(clipped(problem, MAX_SKIP_CHARS));
        skippedFiles.push(files);
    };
    let lookups = 0;
    const root = await (0,external_node_fs_promises_namespaceObject.realpath)(workspace);
    /** By real path: a file named by several tests is uploaded once. */
    const files = new Map();
    /** By report folder and path as written. */
    const found = new Map();
    const filesOf = new Map();
    /** Paths not looked for once MAX_LOOKUPS were. */
    let unsearched = 0;
    for (const result of results) {
        const own = new Set();
        /** Paths (by report folder) this result's tests name: one named again counts once. */
        const named = new Set();
        let looked = 0;
        let unlisted = 0;
        for (const testCase of result.testCases) {
            const folder = external_node_path_default().dirname(external_node_path_default().resolve(workspace, testCase.reportFile));
            for (const written of testCase.attachments) {
                const key = `${folder}\n${written}`;
                if (named.has(key))
                    continue;
                // Bounded: a report can name millions (past this, repeats are counted again).
                if (named.size < MAX_NAMED_PER_RESULT)
                    named.add(key);
                const known = found.get(key);
                if (known && own.has(known))
                    continue;
                // Beyond the limits, not even looked for.
                if (own.size === MAX_FILES_PER_RESULT ||
                    looked === MAX_FILES_PER_RESULT * 2) {
                    unlisted++;
                    continue;
                }
                if (!found.has(key)) {
                    if (lookups === MAX_LOOKUPS) {
                        unsearched++;
                        continue;
                    }
                    lookups++;
                    const file = await findFile(root, workspace, folder, written);
                    if (typeof file === 'string') {
                        skip(`${written} (${testCase.reportFile}): ${file}`);
                        found.set(key, undefined);
                    }
                    else {
                        const known = files.get(file.real) ?? file;
                        files.set(file.real, known);
                        found.set(key, known);
                    }
                }
                looked++;
                const file = found.get(key);
                if (file)
                    own.add(file);
            }
        }
        if (unlisted > 0) {
            skip(`${counted(unlisted, 'more file')} named by ${result.marker}'s tests, not looked for: at most ${MAX_FILES_PER_RESULT} are listed in a result`, unlisted);
        }
        if (own.size > 0)
            filesOf.set(result, [...own]);
    }
    if (unsearched > 0) {
        // First: it says why the rest were not even looked for.
        outcome.skipped.unshift(`${counted(unsearched, 'more file')} named by tests, not looked for: at most ${grouped(MAX_LOOKUPS)} paths are looked for in one upload`);
        skippedFiles.unshift(unsearched);
        outcome.skipped.length = Math.min(outcome.skipped.length, MAX_NAMED_SKIPS);
        skippedFiles.length = outcome.skipped.length;
        outcome.skippedCount += unsearched;
    }
    const listed = new Set([...filesOf.values()].flat());
    try {
        for (const batch of batches([...listed])) {
            const readable = [];
            const contents = [];
            for (const file of batch) {
                // Removed, replaced or made unreadable since it was found: that file's problem.
                const content = await readChecked(file).catch((error) => {
                    const why = error instanceof Error && !('code' in error)
                        ? error.message
                        : `could not be read (${error.code ?? 'unknown'})`;
                    skip(`${file.name}: ${why}`);
                    return undefined;
                });
                if (content === undefined)
                    continue;
                // Unlike a report's text, a file cannot have them replaced: an
                // image or an archive would be broken.
                const held = secretsInBytes(content, secrets, MIN_SECRET_CHARS);
                if (held.length > 0) {
                    skip(`${file.name}: holds the ${held.join(' and the ')} (a test may log its environment), never uploaded`);
                    continue;
                }
                readable.push(file);
                contents.push({ name: file.name, content });
            }
            if (contents.length === 0)
                continue;
            const stored = await client.uploadFiles(contents);
            readable.forEach((file, i) => (file.url = stored[i].url));
            outcome.uploaded += readable.length;
        }
    }
    catch (error) {
        const why = error instanceof QaSphereTimeoutError
            ? 'they may take half the time of the timeout input, so that the results are still posted, and that ran out'
            : error instanceof Error
                ? error.message
                : String(error);
        outcome.failure = `Attachments were not uploaded (${outcome.uploaded} of ${listed.size} were, and no result lists them): ${why}`;
        return outcome;
    }
    for (const [result, own] of filesOf) {
        const uploaded = own.filter((file) => file.url !== undefined);
        if (uploaded.length > 0) {
            result.attachments = uploaded.map((file) => ({
                name: file.name,
                url: file.url
            }));
        }
    }
    return outcome;
}
/**
 * The file a test names: relative to its report's folder (as Playwright
 * writes them) or absolute. Returns why not, when it cannot be uploaded.
 */
async function findFile(root, workspace, folder, written) {
    const found = await findFileAt(root, workspace, folder, written);
    // A Windows leg's path read on Linux or macOS (merged matrix reports).
    if (found === NOT_IN_WORKSPACE && (external_node_path_default()).sep === '/' && written.includes('\\'))
        return findFileAt(root, workspace, folder, written.replaceAll('\\', '/'));
    return found;
}
const HARD_LINK = 'a hard link, not read (the file it shares may be outside the workspace)';
/** Checkouts keep the job's token in .git/config: never uploaded. */
const GIT_FOLDER = /(?:^|[\\/])\.git(?:[\\/]|$)/i;
/**
 * Credentials that actions and tools leave in the workspace, by name: never
 * uploaded, whatever a report says (google-github-actions/auth writes
 * gha-creds-*.json beside the checkout).
 */
const CREDENTIAL_FILE = /(?:^|[\\/])(?:gha-creds-[^\\/]*\.json|\.env(?:\.[^\\/]*)?|\.npmrc|\.netrc|_netrc|\.git-credentials|\.pypirc|\.docker[\\/]config\.json|id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?)$/i;
async function findFileAt(root, workspace, folder, written) {
    // Judged as written first: nothing outside the workspace is even looked at.
    const resolved = external_node_path_default().resolve(folder, written);
    if (!isInside(workspace, resolved) && !isInside(root, resolved))
        return NOT_IN_WORKSPACE;
    const real = await (0,external_node_fs_promises_namespaceObject.realpath)(resolved).catch(() => undefined);
    // A link out of the workspace says the same as a missing file.
    if (real === undefined || !isInside(root, real))
        return NOT_IN_WORKSPACE;
    if (GIT_FOLDER.test(external_node_path_default().relative(root, real)))
        return "in a .git folder (a checkout's credentials are kept there)";
    if (CREDENTIAL_FILE.test(real) || CREDENTIAL_FILE.test(resolved))
        return 'a file of credentials by its name, never uploaded';
    const info = await (0,external_node_fs_promises_namespaceObject.stat)(real).catch(() => undefined);
    if (!info)
        return NOT_IN_WORKSPACE;
    if (!info.isFile())
        return 'not a file';
    // A hard link's path is inside; the file it shares may be anywhere (.git/config).
    if (info.nlink > 1)
        return HARD_LINK;
    if (info.size > MAX_ATTACHMENT_BYTES)
        return `${Math.ceil(info.size / 1024 / 1024)} MiB, over QA Sphere's 50 MiB per file`;
    return {
        real,
        // Names can hold what the README promises QA Sphere never gets
        // (U+202E shows `gnp.exe` as `exe.png`).
        name: plainText(external_node_path_default().basename(real)) || 'file',
        size: info.size,
        device: info.dev,
        inode: info.ino
    };
}
/** The checked file's bytes, refused unless the open handle is that very file. */
async function readChecked(file) {
    const handle = await (0,external_node_fs_promises_namespaceObject.open)(file.real, OPEN_CHECKED);
    try {
        const info = await handle.stat();
        if (!info.isFile() || info.dev !== file.device || info.ino !== file.inode)
            throw new Error('replaced since it was found, not read');
        if (info.nlink > 1)
            throw new Error(HARD_LINK);
        return readUpTo(handle.fd, Math.min(file.size, MAX_ATTACHMENT_BYTES));
    }
    finally {
        await handle.close();
    }
}
/** Files in requests of at most MAX_FILES_PER_REQUEST files and MAX_BYTES_PER_REQUEST bytes (a bigger file alone). */
function* batches(files) {
    let batch = [];
    let bytes = 0;
    for (const file of files) {
        if (batch.length > 0 &&
            (batch.length === MAX_FILES_PER_REQUEST ||
                bytes + file.size > MAX_BYTES_PER_REQUEST)) {
            yield batch;
            batch = [];
            bytes = 0;
        }
        batch.push(file);
        bytes += file.size;
    }
    if (batch.length > 0)
        yield batch;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/results/stored.ts
/** Results by status: those stored, or all of them (a dry run stores none). */
function countStatuses(planned, resultIds, includeUnstored) {
    const counts = {
        passed: 0,
        failed: 0,
        blocked: 0,
        skipped: 0
    };
    planned.forEach((result, i) => {
        if (includeUnstored || resultIds[i] !== undefined) {
            counts[result.status] = (counts[result.status] ?? 0) + 1;
        }
    });
    return counts;
}

;// CONCATENATED MODULE: ./src/outputs.ts
/**
 * The step outputs. `results` and `result-ids` are JSON arrays written to
 * GITHUB_OUTPUT piece by piece, in the format core.setOutput writes
 * (`name<<delimiter`, value, delimiter): the results of 100,000 test cases
 * are 10 MB of JSON, which core.setOutput would hold as one string three
 * times over at the end of a big upload.
 */







/** Array items serialized at a time. */
const ITEMS_PER_WRITE = 1000;
/** The array's items are made as they are written: `itemAt(0)` … `itemAt(length - 1)`. */
function setJsonArrayOutput(name, length, itemAt) {
    const pieces = jsonArrayPieces(length, itemAt, ITEMS_PER_WRITE);
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        // Only outside a runner (local tools): the old workflow command.
        setOutput(name, [...pieces].join(''));
        return;
    }
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'a');
    try {
        (0,external_node_fs_namespaceObject.writeSync)(fd, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}`);
        for (const piece of pieces) {
            // As core.setOutput: a value holding the delimiter would end it early.
            if (piece.includes(delimiter)) {
                throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
            }
            (0,external_node_fs_namespaceObject.writeSync)(fd, piece);
        }
        (0,external_node_fs_namespaceObject.writeSync)(fd, `${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Every output, empty: later steps can always parse them, also when an input
 * is refused, nothing gets stored or no run is found or created.
 */
function setEmptyOutputs() {
    setOutputs([], [], []);
    setNoRunOutputs();
}
/** No run: none was given that exists, found or created. */
function setNoRunOutputs() {
    setOutput('run-id', '');
    setOutput('run-url', '');
    setOutput('run-created', 'false');
}
/** The run's outputs: the run named or created. */
function setRunOutputs(runId, runUrl, created) {
    setOutput('run-id', String(runId));
    setOutput('run-url', runUrl);
    setOutput('run-created', String(created));
}
/** The results' outputs: ids, results, counts by status, unmatched markers. */
function setOutputs(planned, resultIds, unmatched, dryRun = false) {
    // Indexes only: an output's objects are made as it is written.
    const posted = [];
    const ids = [];
    planned.forEach((_, i) => {
        const resultId = resultIds[i];
        if (resultId === undefined && !dryRun)
            return;
        posted.push(i);
        if (typeof resultId === 'number')
            ids.push(resultId);
    });
    const counts = countStatuses(planned, resultIds, dryRun);
    setJsonArrayOutput('result-ids', ids.length, (k) => ids[k]);
    setJsonArrayOutput('results', posted.length, (k) => {
        const result = planned[posted[k]];
        return {
            marker: result.marker,
            tcaseId: result.tcaseId,
            status: result.status,
            statusName: result.statusName,
            resultId: resultIds[posted[k]] ?? null
        };
    });
    setOutput('total', String(posted.length));
    // Every status id, also those only a status-map uses: declared outputs are always set.
    for (const status of STATUS_IDS)
        setOutput(status, String(counts[status] ?? 0));
    setUnmatchedOutput(unmatched);
}
function setUnmatchedOutput(unmatched) {
    setOutput('unmatched', JSON.stringify(unmatched));
}

;// CONCATENATED MODULE: ./src/prepare-statuses.ts



/**
 * The statuses of this upload: configure-statuses planned (opt-in, admin
 * key), status-map resolved by id or display name against the statuses as
 * they will be. Asks QA Sphere only when a custom status is involved; the
 * defaults' names are fixed. Writes nothing: a status-map that cannot be
 * resolved stops the upload before any change.
 */
async function prepareStatuses(client, config) {
    let statuses = [...DEFAULT_STATUSES];
    if (config.configureStatuses.length > 0 ||
        needsAccountStatuses(config.statusMap)) {
        statuses = await client.getStatuses();
    }
    const updates = neededUpdates(config.configureStatuses, statuses);
    if (config.configureStatuses.length > 0 && updates.length === 0) {
        log_info('Custom statuses are already as configure-statuses says');
    }
    const described = updates
        .map((u) => `${u.id}=${u.name}:${u.color}`)
        .join(', ');
    if (updates.length > 0) {
        if (config.dryRun)
            log_info(`Dry run: would update custom statuses ${described}`);
        statuses = statuses.map((s) => {
            const update = updates.find((u) => u.id === s.id);
            return update
                ? { ...s, name: update.name, color: update.color, isActive: true }
                : s;
        });
    }
    const statusOf = resolveStatusMap(config.statusMap, statuses);
    let applied = false;
    const apply = async () => {
        if (applied || updates.length === 0 || config.dryRun)
            return;
        applied = true;
        try {
            await client.updateStatuses(updates.map((u) => ({ ...u, isActive: true })));
        }
        catch (error) {
            throw explainStatusUpdateError(error, described);
        }
        log_info(`Updated custom statuses: ${described}`);
    };
    return {
        scheme: { statusOf, nameOf: (id) => statusName(id, statuses) },
        statuses,
        apply
    };
}
function explainStatusUpdateError(error, described) {
    if (!(error instanceof QaSphereApiError))
        return error instanceof Error ? error : new Error(String(error));
    if (error.status === 409) {
        return new Error(`configure-statuses: QA Sphere refused to change the custom statuses (${described}): HTTP 409 "${error.apiMessage}". QA Sphere refuses changes to the five default statuses, and changes it does not allow to a custom status that results already use (its message, quoted here, says which). Change it in QA Sphere's settings, or configure another of custom1..custom4.`);
    }
    if (error.status === 403) {
        return new Error(`configure-statuses: QA Sphere refused to change the custom statuses (HTTP 403): changing statuses needs an API key with the Admin or Owner role. Use such a key, or configure the statuses in QA Sphere and drop configure-statuses.`);
    }
    return error;
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/util.js


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js



const defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (criticalProperties.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/xmlNode.js


let METADATA_SYMBOL;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL] !== undefined
      && lastChild[METADATA_SYMBOL].endIndex === undefined) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
}

;// CONCATENATED MODULE: ./node_modules/xml-naming/src/index.js
/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

// ---------------------------------------------------------------------------
// Boolean validators
// ---------------------------------------------------------------------------

/**
 * Returns true if the string is a valid XML Name.
 * Colons are allowed anywhere (Name production).
 * Used for: DOCTYPE entity names, notation names, DTD element declarations.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const src_name = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).name.test(str);

/**
 * Returns true if the string is a valid NCName (Non-Colonized Name).
 * Colons are not permitted.
 * Used for: namespace prefixes, local names, SVG id attributes.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const ncName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).ncName.test(str);

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

/**
 * Returns true if the string is a valid NMToken.
 * Like Name but no restriction on the first character.
 * Used for: DTD NMTOKEN attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmToken = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmToken.test(str);

/**
 * Returns true if the string is a valid NMTokens value.
 * A whitespace-separated list of NMToken values.
 * Used for: DTD NMTOKENS attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmTokens = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = (/* unused pure expression or super */ null && (['name', 'ncName', 'qName', 'nmToken', 'nmTokens']));

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

// ---------------------------------------------------------------------------
// Diagnostic validator
// ---------------------------------------------------------------------------

/**
 * Validates a string against a named production and returns a detailed result.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {{ valid: boolean, production: string, input: string, reason?: string, position?: number }}
 */
const validate = (str, production, { xmlVersion = '1.0', asciiOnly = false } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const validators = { name: src_name, ncName, qName, nmToken, nmTokens };
  const isValid = validators[production](str, { xmlVersion, asciiOnly });

  if (isValid) return { valid: true, production, input: str };

  let reason = 'Does not match the production rules';
  let position;

  // Diagnostic fallback char checks must mirror the same character set the
  // boolean validator above used, or the reported reason/position could
  // contradict the `valid: false` result (e.g. flagging a char as illegal
  // that the unicode-aware check would have accepted).
  const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
  const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;

  if (str.length === 0) {
    reason = 'Input is empty';
  } else if (production === 'ncName' && str.includes(':')) {
    position = str.indexOf(':');
    reason = 'Colon is not allowed in NCName';
  } else if (production === 'qName' && str.startsWith(':')) {
    reason = 'QName cannot start with a colon';
    position = 0;
  } else if (production === 'qName' && str.endsWith(':')) {
    reason = 'QName cannot end with a colon';
    position = str.length - 1;
  } else if (production === 'qName' && (str.match(/:/g) || []).length > 1) {
    reason = 'QName can have at most one colon';
    position = str.lastIndexOf(':');
  } else if (
    ['name', 'ncName', 'qName'].includes(production) &&
    !startCharPattern.test(str[0])
  ) {
    reason = `First character "${str[0]}" is not a valid NameStartChar`;
    position = 0;
  } else {
    for (let i = 0; i < str.length; i++) {
      if (!namePattern.test(str[i])) {
        reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
        position = i;
        break;
      }
    }
  }

  return { valid: false, production, input: str, reason, position };
};

// ---------------------------------------------------------------------------
// Batch validator
// ---------------------------------------------------------------------------

/**
 * Validates an array of strings against a named production.
 *
 * @param {string[]} strings
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {Array<{ valid: boolean, production: string, input: string, reason?: string, position?: number }>}
 */
const validateAll = (strings, production, opts = {}) =>
  strings.map(str => validate(str, production, opts));

// ---------------------------------------------------------------------------
// Sanitizer
// ---------------------------------------------------------------------------

/**
 * Transforms an invalid string into the nearest valid XML name for the given production.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ replacement?: string, asciiOnly?: boolean }} [opts]
 *   asciiOnly: also replace any non-ASCII character, not just XML-illegal
 *   ones (default false).
 * @returns {string}
 */
const sanitize = (str, production = 'name', { replacement = '_', asciiOnly = false } = {}) => {
  if (!str) return replacement;

  let result = str;

  // Strip colons for NCName
  if (production === 'ncName') {
    result = result.replace(/:/g, '');
  }

  // Replace illegal characters
  const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
  result = result.replace(allowedCharPattern, replacement);

  // Fix invalid start character for Name / NCName / QName
  if (production !== 'nmToken' && production !== 'nmTokens') {
    if (/^[\-\.\d]/.test(result)) {
      result = replacement + result;
    }
  }

  return result || replacement;
};
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js


class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion })

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if (qName(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}
;// CONCATENATED MODULE: ./node_modules/anynum/digitTable.js
/**
 * Flat lookup table: maps Unicode code point → ASCII digit (0-9).
 * Only decimal digit characters (Unicode category Nd) are included.
 *
 * Strategy: Int32Array of size (maxCodePoint - minCodePoint + 1).
 * Value 0xFF means "not a digit". Value 0-9 is the ASCII digit value.
 * This gives O(1) lookup with no branching, no bisect, no loop.
 *
 * Memory: range is 0x0660 to 0x1FBF0 → ~129,936 entries × 1 byte = ~127 KB.
 * Acceptable for a one-time init; lookup is a single array index.
 */

// All known Unicode Nd (decimal digit) script zero code points.
// Each script has exactly 10 consecutive digits: zero+0 .. zero+9.
const SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  0x0030, // 0-9

  // Arabic scripts
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06F0, // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳

  // Indic scripts
  0x0966, // Devanagari ०१२३४५६७८९
  0x09E6, // Bengali ০১২৩৪৫৬৭৮৯
  0x0A66, // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  0x0AE6, // Gujarati ૦૧૨૩૪૫૬૭૮૯
  0x0B66, // Odia ୦୧୨୩୪୫୬୭୮୯
  0x0BE6, // Tamil ௦௧௨௩௪௫௬௭௮௯
  0x0C66, // Telugu ౦౧౨౩౪౫౬౭౮౯
  0x0CE6, // Kannada ೦೧೨೩೪೫೬೭೮೯
  0x0D66, // Malayalam ൦൧൨൩൪൫൬൭൮൯
  0x0DE6, // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯

  // Southeast Asian scripts
  0x0E50, // Thai ๐๑๒๓๔๕๖๗๘๙
  0x0ED0, // Lao ໐໑໒໓໔໕໖໗໘໙
  0x0F20, // Tibetan ༠༡༢༣༤༥༦༧༨༩
  0x1040, // Myanmar ၀၁၂၃၄၅၆၇၈၉
  0x1090, // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  0x17E0, // Khmer ០១២៣៤៥៦៧៨៩
  0x1810, // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  0x1946, // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  0x19D0, // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  0x1A80, // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  0x1A90, // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  0x1B50, // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  0x1BB0, // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  0x1C40, // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  0x1C50, // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙

  // Fullwidth (CJK context)
  0xFF10, // Fullwidth ０１２３４５６７８９

  // Mathematical digit variants (Unicode math block)
  0x1D7CE, // Mathematical Bold
  0x1D7D8, // Mathematical Double-Struck
  0x1D7E2, // Mathematical Sans-Serif
  0x1D7EC, // Mathematical Sans-Serif Bold
  0x1D7F6, // Mathematical Monospace

  // Other scripts
  0x104A0, // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  0x10D30, // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  0x11066, // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  0x110F0, // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  0x11136, // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  0x111D0, // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  0x112F0, // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  0x11450, // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  0x114D0, // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  0x11650, // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  0x116C0, // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  0x11730, // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  0x118E0, // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  0x11950, // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  0x11BF0, // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  0x11C50, // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  0x11D50, // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  0x11DA0, // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  0x11F50, // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  0x16A60, // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  0x16AC0, // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  0x16B50, // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  0x1E140, // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  0x1E2F0, // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  0x1E4F0, // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  0x1E950, // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  0x1FBF0, // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];

// Build a sparse Map for scripts above 0xFFFF (surrogate-pair range).
// These can't go into a flat Uint8Array indexed by code point efficiently.
const NOT_DIGIT = 0xFF;
const HIGH_MAP = new Map(); // codePoint → digit value (0-9)

const LOW_MAX = 0xFFFF;
const LOW_MIN = 0x0660; // first non-ASCII digit script

// Flat Uint8Array covering 0x0660 .. 0xFFFF
const TABLE_OFFSET = LOW_MIN;
const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);

for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/anynum/anynum.js




const CHAR_0 = 48; // '0'.charCodeAt(0)
const CHAR_9 = 57; // '9'.charCodeAt(0)
const CHAR_MINUS = 45; // '-'.charCodeAt(0)

// Unicode minus/hyphen variants worth normalizing to ASCII '-' in numeric context:
//   U+2212  MINUS SIGN       − (mathematically correct minus)
//   U+FF0D  FULLWIDTH HYPHEN-MINUS  － (Japanese fullwidth context)
//   U+FE63  SMALL HYPHEN-MINUS     ﹣ (small form variant)
//
// NOT normalized (deliberate):
//   U+2013  EN DASH  –  (punctuation, not a numeric sign)
//   U+2014  EM DASH  —  (punctuation)
//   U+2010  HYPHEN   ‐  (typographic hyphen)
//
// Rationale: only characters a human or locale formatter would plausibly use
// as a numeric minus sign are normalized. Dashes used for punctuation are left
// alone to avoid mangling non-numeric strings.
const MINUS_SET = new Set([0x2212, 0xFF0D, 0xFE63]);

/**
 * Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
 * and normalize Unicode minus variants to ASCII '-' (U+002D).
 *
 * Non-digit, non-minus characters are passed through unchanged.
 *
 * Performance design:
 * - Fast path: if the string has no convertible characters, return it unchanged
 *   (zero allocation).
 * - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
 * - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
 * - Minus variants: checked inline with a small fixed Set.
 *
 * @param {string} str
 * @returns {string}
 */
function anynum(str) {
  if (typeof str !== 'string') return str;

  const len = str.length;
  if (len === 0) return str;

  // Scan for first character needing conversion.
  // If none found, return original string (zero allocation).
  let firstHit = -1;

  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — already normalized, skip fast
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) continue;

    // Below first unicode digit script — check minus variants only
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) { firstHit = i; break; }
      continue;
    }

    // Surrogate pairs live in BMP range 0xD800-0xDFFF — check before TABLE
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          if (HIGH_MAP.has(cp)) { firstHit = i; break; }
        }
      }
      continue;
    }

    // BMP non-surrogate: flat table lookup; also check minus variants in this range
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }

  // Nothing to replace — return original, zero allocation
  if (firstHit === -1) return str;

  // Build result: copy unchanged prefix, then convert from firstHit onward
  const chars = [];

  if (firstHit > 0) chars.push(str.slice(0, firstHit));

  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — pass through
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }

    // Below TABLE_OFFSET — check minus variants, else pass through
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? '-' : str[i]);
      continue;
    }

    // Surrogate pairs
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          const d = HIGH_MAP.get(cp);
          if (d !== undefined) {
            chars.push(String.fromCharCode(d + 48));
            i++; // consume low surrogate
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }

    // BMP non-surrogate: flat table lookup + minus variants
    if (MINUS_SET.has(cc)) {
      chars.push('-');
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }

  return chars.join('');
}


/* harmony default export */ const anynum_anynum = (anynum);
;// CONCATENATED MODULE: ./node_modules/strnum/strnum.js
const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
const binRegex = /^0b[01]+$/;
const octRegex = /^0o[0-7]+$/;
const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;



const consider = {
    hex: true,
    binary: false,
    octal: false,
    leadingZeros: true,
    decimalPoint: "\.",
    eNotation: true,
    //skipLike: /regex/,
    infinity: "original", // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
    unicode: false,
};

function toNumber(str, options = {}) {
    options = Object.assign({}, consider, options);
    if (!str || typeof str !== "string") return str;

    let trimmedStr = str.trim();

    if (trimmedStr.length === 0) return str;
    else if (options.skipLike !== undefined && options.skipLike.test(trimmedStr)) return str;
    else if (trimmedStr === "0") return 0;

    if (options.unicode) {
        trimmedStr = anynum_anynum(trimmedStr);
        if (trimmedStr === "0") return 0; // re-check after normalization
    }
    if (options.hex && hexRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 16);
    } else if (options.binary && binRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 2);
    } else if (options.octal && octRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 8);
    } else if (!isFinite(trimmedStr)) { //Infinity or not a number
        const num = Number(trimmedStr);
        if (Number.isNaN(num)) return str; //not a number: always the original string
        return handleInfinity(str, num, options); //only +/-Infinity reaches here
    } else if (trimmedStr.includes('e') || trimmedStr.includes('E')) { //eNotation
        return resolveEnotation(str, trimmedStr, options);
    } else {
        //separate negative sign, leading zeros, and rest number
        const match = numRegex.exec(trimmedStr);
        // +00.123 => [ , '+', '00', '.123', ..
        if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]); //complete num without leading zeros
            const decimalAdjacentToLeadingZeros = sign ? // 0., -00., 000.
                trimmedStr[leadingZeros.length + 1] === "."
                : trimmedStr[leadingZeros.length] === ".";

            //trim ending zeros for floating number
            if (!options.leadingZeros //leading zeros are not allowed
                && (leadingZeros.length > 1
                    || (leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))) {
                // 00, 00.3, +03.24, 03, 03.24
                return str;
            }
            else {//no leading zeros or leading zeros are allowed
                const num = Number(trimmedStr);
                const parsedStr = String(num);

                if (num === 0) return num;
                if (parsedStr.search(/[eE]/) !== -1) { //given number is long and parsed to eNotation
                    if (options.eNotation) return num;
                    else return str;
                } else if (trimmedStr.indexOf(".") !== -1) { //floating number
                    if (parsedStr === "0") return num; //0.0
                    else if (parsedStr === numTrimmedByZeros) return num; //0.456. 0.79000
                    else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                    else return str;
                }

                let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
                if (leadingZeros) {
                    // -009 => -9
                    return (n === parsedStr) || (sign + n === parsedStr) ? num : str
                } else {
                    // +9
                    return (n === parsedStr) || (n === sign + parsedStr) ? num : str
                }
            }
        } else { //non-numeric string
            return str;
        }
    }
}

const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
    if (!options.eNotation) return str;
    const notation = trimmedStr.match(eNotationRegx);
    if (notation) {
        let sign = notation[1] || "";
        const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
        const leadingZeros = notation[2];
        const eAdjacentToLeadingZeros = sign ? // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
            : trimmedStr[leadingZeros.length] === eChar;

        if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
        else if (leadingZeros.length === 1
            && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
        } else if (leadingZeros.length > 0) {
            // Has leading zeros — only accept if leadingZeros option allows it
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
                return Number(trimmedStr); // Number() accepts leading zeros; stripping can leave a mantissa-less ".e0"
            } else return str;
        } else {
            // No leading zeros — always valid e-notation, parse it
            return Number(trimmedStr);
        }
    } else {
        return str;
    }
}

/**
 * 
 * @param {string} numStr without leading zeros
 * @returns 
 */
function trimZeros(numStr) {
    if (numStr && numStr.indexOf(".") !== -1) {//float
        //remove ending zeros without the O(n^2) backtracking that /0+$/ hits
        //when the string doesn't end in 0 but has a long internal zero-run
        let end = numStr.length;
        while (end > 0 && numStr.charCodeAt(end - 1) === 48 /* '0' */) end--;
        numStr = numStr.slice(0, end);
        if (numStr === ".") numStr = "0";
        else if (numStr[0] === ".") numStr = "0" + numStr;
        else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
        return numStr;
    }
    return numStr;
}

function parse_int(numStr, base) {
    const str = numStr.trim();
    if (base === 2 || base === 8) numStr = str.substring(2);

    if (parseInt) return parseInt(numStr, base);
    else if (Number.parseInt) return Number.parseInt(numStr, base);
    else if (window && window.parseInt) return window.parseInt(numStr, base);
    else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}

/**
 * Handle infinite values based on user option
 * @param {string} str - original input string
 * @param {number} num - parsed number (Infinity or -Infinity)
 * @param {object} options - user options
 * @returns {string|number|null} based on infinity option
 */
function handleInfinity(str, num, options) {
    const isPositive = num === Infinity;

    switch (options.infinity.toLowerCase()) {
        case "null":
            return null;
        case "infinity":
            return num; // Return Infinity or -Infinity
        case "string":
            return isPositive ? "Infinity" : "-Infinity";
        case "original":
        default:
            return str; // Return original string like "1e1000"
    }
}

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/Matcher.js


/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}

;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/Expression.js
/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/ExpressionSet.js
/**
 * ExpressionSet - An indexed collection of Expressions for efficient bulk matching
 *
 * Instead of iterating all expressions on every tag, ExpressionSet pre-indexes
 * them at insertion time by depth and terminal tag name. At match time, only
 * the relevant bucket is evaluated — typically reducing checks from O(E) to O(1)
 * lookup plus O(small bucket) matches.
 *
 * Three buckets are maintained:
 *  - `_byDepthAndTag`  — exact depth + exact tag name  (tightest, used first)
 *  - `_wildcardByDepth` — exact depth + wildcard tag `*` (depth-matched only)
 *  - `_deepWildcards`  — expressions containing `..`  (cannot be depth-indexed)
 *
 * @example
 * import { Expression, ExpressionSet } from 'fast-xml-tagger';
 *
 * // Build once at config time
 * const stopNodes = new ExpressionSet();
 * stopNodes.add(new Expression('root.users.user'));
 * stopNodes.add(new Expression('root.config.setting'));
 * stopNodes.add(new Expression('..script'));
 *
 * // Query on every tag — hot path
 * if (stopNodes.matchesAny(matcher)) { ... }
 */
class ExpressionSet {
  constructor() {
    /** @type {Map<string, import('./Expression.js').default[]>} depth:tag → expressions */
    this._byDepthAndTag = new Map();

    /** @type {Map<number, import('./Expression.js').default[]>} depth → wildcard-tag expressions */
    this._wildcardByDepth = new Map();

    /** @type {import('./Expression.js').default[]} expressions containing deep wildcard (..) */
    this._deepWildcards = [];

    /** @type {Map<string, import('./Expression.js').default[]>} terminalTag → deep wildcard expressions */
    this._deepByTerminalTag = new Map();

    /** @type {Set<string>} pattern strings already added — used for deduplication */
    this._patterns = new Set();

    /** @type {boolean} whether the set is sealed against further additions */
    this._sealed = false;
  }

  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        'ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.'
      );
    }

    // Deduplicate by pattern string
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);

    if (expression.hasDeepWildcard()) {
      const lastSeg = expression.segments[expression.segments.length - 1];
      if (lastSeg && lastSeg.type !== 'deep-wildcard' && lastSeg.tag !== '*') {
        const tag = lastSeg.tag;
        if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
        this._deepByTerminalTag.get(tag).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }

    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;

    if (!tag || tag === '*') {
      // Can index by depth but not by tag
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      // Tightest bucket: depth + tag
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }

    return this;
  }

  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }

  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }

  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }

  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }

  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }

  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
 * Find and return the first Expression that matches the matcher's current path.
 *
 * Uses the same evaluation order as matchesAny (cheapest → most expensive):
 *  1. Exact depth + tag bucket
 *  2. Depth-only wildcard bucket
 *  3. Deep-wildcard list
 *
 * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
 * @returns {import('./Expression.js').default | null} the first matching Expression, or null
 *
 * @example
 * const expr = stopNodes.findMatch(matcher);
 * if (expr) {
 *   // access expr.config, expr.pattern, etc.
 * }
 */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();

    // 1. Tightest bucket — most expressions live here
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }

    // 2. Depth-matched wildcard-tag expressions
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }

    // 3. Deep wildcards — indexed by terminal tag, then unindexed fallback
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }

    return null;
  }
}

;// CONCATENATED MODULE: ./node_modules/@nodable/entities/src/entities.js
// ---------------------------------------------------------------------------
// Complete HTML5 named entity reference
// Organized by logical categories for easy maintenance and selective importing
// ---------------------------------------------------------------------------

/**
 * Basic Latin & Special Characters
 * @type {Record<string, string>}
 */
const BASIC_LATIN = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsquor: '‚',
  rsquor: '’',
  ldquor: '„',
  bdquo: '„',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percent: '%',
  ast: '*',
  commat: '@',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  sol: '/',
  bsol: '\\',
  lbrace: '{',
  rbrace: '}',
  lbrack: '[',
  rbrack: ']',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
  iexcl: '¡',
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  COPY: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  REG: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  half: '½',
  frac34: '¾',
  iquest: '¿',
  times: '×',
  div: '÷',
  divide: '÷',
};

/**
 * Latin Extended & Accented Letters (A-Z)
 * @type {Record<string, string>}
 */
const LATIN_ACCENTS = {
  Agrave: 'À',
  agrave: 'à',
  Aacute: 'Á',
  aacute: 'á',
  Acirc: 'Â',
  acirc: 'â',
  Atilde: 'Ã',
  atilde: 'ã',
  Auml: 'Ä',
  auml: 'ä',
  Aring: 'Å',
  aring: 'å',
  AElig: 'Æ',
  aelig: 'æ',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Egrave: 'È',
  egrave: 'è',
  Eacute: 'É',
  eacute: 'é',
  Ecirc: 'Ê',
  ecirc: 'ê',
  Euml: 'Ë',
  euml: 'ë',
  Igrave: 'Ì',
  igrave: 'ì',
  Iacute: 'Í',
  iacute: 'í',
  Icirc: 'Î',
  icirc: 'î',
  Iuml: 'Ï',
  iuml: 'ï',
  ETH: 'Ð',
  eth: 'ð',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Ograve: 'Ò',
  ograve: 'ò',
  Oacute: 'Ó',
  oacute: 'ó',
  Ocirc: 'Ô',
  ocirc: 'ô',
  Otilde: 'Õ',
  otilde: 'õ',
  Ouml: 'Ö',
  ouml: 'ö',
  Oslash: 'Ø',
  oslash: 'ø',
  Ugrave: 'Ù',
  ugrave: 'ù',
  Uacute: 'Ú',
  uacute: 'ú',
  Ucirc: 'Û',
  ucirc: 'û',
  Uuml: 'Ü',
  uuml: 'ü',
  Yacute: 'Ý',
  yacute: 'ý',
  THORN: 'Þ',
  thorn: 'þ',
  szlig: 'ß',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
};

/**
 * Latin Extended (Letters with diacritics)
 * @type {Record<string, string>}
 */
const LATIN_EXTENDED = {
  Amacr: 'Ā',
  amacr: 'ā',
  Abreve: 'Ă',
  abreve: 'ă',
  Aogon: 'Ą',
  aogon: 'ą',
  Cacute: 'Ć',
  cacute: 'ć',
  Ccirc: 'Ĉ',
  ccirc: 'ĉ',
  Cdot: 'Ċ',
  cdot: 'ċ',
  Ccaron: 'Č',
  ccaron: 'č',
  Dcaron: 'Ď',
  dcaron: 'ď',
  Dstrok: 'Đ',
  dstrok: 'đ',
  Emacr: 'Ē',
  emacr: 'ē',
  Ecaron: 'Ě',
  ecaron: 'ě',
  Edot: 'Ė',
  edot: 'ė',
  Eogon: 'Ę',
  eogon: 'ę',
  Gcirc: 'Ĝ',
  gcirc: 'ĝ',
  Gbreve: 'Ğ',
  gbreve: 'ğ',
  Gdot: 'Ġ',
  gdot: 'ġ',
  Gcedil: 'Ģ',
  Hcirc: 'Ĥ',
  hcirc: 'ĥ',
  Hstrok: 'Ħ',
  hstrok: 'ħ',
  Itilde: 'Ĩ',
  itilde: 'ĩ',
  Imacr: 'Ī',
  imacr: 'ī',
  Iogon: 'Į',
  iogon: 'į',
  Idot: 'İ',
  IJlig: 'Ĳ',
  ijlig: 'ĳ',
  Jcirc: 'Ĵ',
  jcirc: 'ĵ',
  Kcedil: 'Ķ',
  kcedil: 'ķ',
  kgreen: 'ĸ',
  Lacute: 'Ĺ',
  lacute: 'ĺ',
  Lcedil: 'Ļ',
  lcedil: 'ļ',
  Lcaron: 'Ľ',
  lcaron: 'ľ',
  Lmidot: 'Ŀ',
  lmidot: 'ŀ',
  Lstrok: 'Ł',
  lstrok: 'ł',
  Nacute: 'Ń',
  nacute: 'ń',
  Ncaron: 'Ň',
  ncaron: 'ň',
  Ncedil: 'Ņ',
  ncedil: 'ņ',
  ENG: 'Ŋ',
  eng: 'ŋ',
  Omacr: 'Ō',
  omacr: 'ō',
  Odblac: 'Ő',
  odblac: 'ő',
  OElig: 'Œ',
  oelig: 'œ',
  Racute: 'Ŕ',
  racute: 'ŕ',
  Rcaron: 'Ř',
  rcaron: 'ř',
  Rcedil: 'Ŗ',
  rcedil: 'ŗ',
  Sacute: 'Ś',
  sacute: 'ś',
  Scirc: 'Ŝ',
  scirc: 'ŝ',
  Scedil: 'Ş',
  scedil: 'ş',
  Scaron: 'Š',
  scaron: 'š',
  Tcedil: 'Ţ',
  tcedil: 'ţ',
  Tcaron: 'Ť',
  tcaron: 'ť',
  Tstrok: 'Ŧ',
  tstrok: 'ŧ',
  Utilde: 'Ũ',
  utilde: 'ũ',
  Umacr: 'Ū',
  umacr: 'ū',
  Ubreve: 'Ŭ',
  ubreve: 'ŭ',
  Uring: 'Ů',
  uring: 'ů',
  Udblac: 'Ű',
  udblac: 'ű',
  Uogon: 'Ų',
  uogon: 'ų',
  Wcirc: 'Ŵ',
  wcirc: 'ŵ',
  Ycirc: 'Ŷ',
  ycirc: 'ŷ',
  Zacute: 'Ź',
  zacute: 'ź',
  Zdot: 'Ż',
  zdot: 'ż',
  Zcaron: 'Ž',
  zcaron: 'ž',
};

/**
 * Greek Letters
 * @type {Record<string, string>}
 */
const GREEK = {
  Alpha: 'Α',
  alpha: 'α',
  Beta: 'Β',
  beta: 'β',
  Gamma: 'Γ',
  gamma: 'γ',
  Delta: 'Δ',
  delta: 'δ',
  Epsilon: 'Ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  varepsilon: 'ϵ',
  Zeta: 'Ζ',
  zeta: 'ζ',
  Eta: 'Η',
  eta: 'η',
  Theta: 'Θ',
  theta: 'θ',
  thetasym: 'ϑ',
  vartheta: 'ϑ',
  Iota: 'Ι',
  iota: 'ι',
  Kappa: 'Κ',
  kappa: 'κ',
  kappav: 'ϰ',
  varkappa: 'ϰ',
  Lambda: 'Λ',
  lambda: 'λ',
  Mu: 'Μ',
  mu: 'μ',
  Nu: 'Ν',
  nu: 'ν',
  Xi: 'Ξ',
  xi: 'ξ',
  Omicron: 'Ο',
  omicron: 'ο',
  Pi: 'Π',
  pi: 'π',
  piv: 'ϖ',
  varpi: 'ϖ',
  Rho: 'Ρ',
  rho: 'ρ',
  rhov: 'ϱ',
  varrho: 'ϱ',
  Sigma: 'Σ',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  varsigma: 'ς',
  Tau: 'Τ',
  tau: 'τ',
  Upsilon: 'Υ',
  upsilon: 'υ',
  upsi: 'υ',
  Upsi: 'ϒ',
  upsih: 'ϒ',
  Phi: 'Φ',
  phi: 'φ',
  phiv: 'ϕ',
  varphi: 'ϕ',
  Chi: 'Χ',
  chi: 'χ',
  Psi: 'Ψ',
  psi: 'ψ',
  Omega: 'Ω',
  omega: 'ω',
  ohm: 'Ω',
  Gammad: 'Ϝ',
  gammad: 'ϝ',
  digamma: 'ϝ',
};

/**
 * Cyrillic Letters
 * @type {Record<string, string>}
 */
const CYRILLIC = {
  Afr: '𝔄',
  afr: '𝔞',
  Acy: 'А',
  acy: 'а',
  Bcy: 'Б',
  bcy: 'б',
  Vcy: 'В',
  vcy: 'в',
  Gcy: 'Г',
  gcy: 'г',
  Dcy: 'Д',
  dcy: 'д',
  IEcy: 'Е',
  iecy: 'е',
  IOcy: 'Ё',
  iocy: 'ё',
  ZHcy: 'Ж',
  zhcy: 'ж',
  Zcy: 'З',
  zcy: 'з',
  Icy: 'И',
  icy: 'и',
  Jcy: 'Й',
  jcy: 'й',
  Kcy: 'К',
  kcy: 'к',
  Lcy: 'Л',
  lcy: 'л',
  Mcy: 'М',
  mcy: 'м',
  Ncy: 'Н',
  ncy: 'н',
  Ocy: 'О',
  ocy: 'о',
  Pcy: 'П',
  pcy: 'п',
  Rcy: 'Р',
  rcy: 'р',
  Scy: 'С',
  scy: 'с',
  Tcy: 'Т',
  tcy: 'т',
  Ucy: 'У',
  ucy: 'у',
  Fcy: 'Ф',
  fcy: 'ф',
  KHcy: 'Х',
  khcy: 'х',
  TScy: 'Ц',
  tscy: 'ц',
  CHcy: 'Ч',
  chcy: 'ч',
  SHcy: 'Ш',
  shcy: 'ш',
  SHCHcy: 'Щ',
  shchcy: 'щ',
  HARDcy: 'Ъ',
  hardcy: 'ъ',
  Ycy: 'Ы',
  ycy: 'ы',
  SOFTcy: 'Ь',
  softcy: 'ь',
  Ecy: 'Э',
  ecy: 'э',
  YUcy: 'Ю',
  yucy: 'ю',
  YAcy: 'Я',
  yacy: 'я',
  DJcy: 'Ђ',
  djcy: 'ђ',
  GJcy: 'Ѓ',
  gjcy: 'ѓ',
  Jukcy: 'Є',
  jukcy: 'є',
  DScy: 'Ѕ',
  dscy: 'ѕ',
  Iukcy: 'І',
  iukcy: 'і',
  YIcy: 'Ї',
  yicy: 'ї',
  Jsercy: 'Ј',
  jsercy: 'ј',
  LJcy: 'Љ',
  ljcy: 'љ',
  NJcy: 'Њ',
  njcy: 'њ',
  TSHcy: 'Ћ',
  tshcy: 'ћ',
  KJcy: 'Ќ',
  kjcy: 'ќ',
  Ubrcy: 'Ў',
  ubrcy: 'ў',
  DZcy: 'Џ',
  dzcy: 'џ',
};

/**
 * Mathematical Operators & Relations
 * @type {Record<string, string>}
 */
const MATH = {
  plus: '+',
  pm: '±',
  times: '×',
  div: '÷',
  divide: '÷',
  sdot: '⋅',
  star: '☆',
  starf: '★',
  bigstar: '★',
  lowast: '∗',
  ast: '*',
  midast: '*',
  compfn: '∘',
  smallcircle: '∘',
  bullet: '•',
  bull: '•',
  nbsp: '\u00a0',
  hellip: '…',
  mldr: '…',
  prime: '′',
  Prime: '″',
  tprime: '‴',
  bprime: '‵',
  backprime: '‵',
  minus: '−',
  minusd: '∸',
  dotminus: '∸',
  plusdo: '∔',
  dotplus: '∔',
  plusmn: '±',
  minusplus: '∓',
  mnplus: '∓',
  mp: '∓',
  setminus: '∖',
  smallsetminus: '∖',
  Backslash: '∖',
  setmn: '∖',
  ssetmn: '∖',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  colon: ':',
  Colon: '∷',
  Proportion: '∷',
  ratio: '∶',
  equals: '=',
  ne: '≠',
  nequiv: '≢',
  equiv: '≡',
  Congruent: '≡',
  sim: '∼',
  thicksim: '∼',
  thksim: '∼',
  sime: '≃',
  simeq: '≃',
  TildeEqual: '≃',
  asymp: '≈',
  approx: '≈',
  thickapprox: '≈',
  thkap: '≈',
  TildeTilde: '≈',
  ncong: '≇',
  cong: '≅',
  TildeFullEqual: '≅',
  asympeq: '≍',
  CupCap: '≍',
  bump: '≎',
  Bumpeq: '≎',
  HumpDownHump: '≎',
  bumpe: '≏',
  bumpeq: '≏',
  HumpEqual: '≏',
  le: '≤',
  LessEqual: '≤',
  ge: '≥',
  GreaterEqual: '≥',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  greater: '>',
  less: '<',
};

/**
 * Mathematical Operators (Advanced)
 * @type {Record<string, string>}
 */
const MATH_ADVANCED = {
  alefsym: 'ℵ',
  aleph: 'ℵ',
  beth: 'ℶ',
  gimel: 'ℷ',
  daleth: 'ℸ',
  forall: '∀',
  ForAll: '∀',
  part: '∂',
  PartialD: '∂',
  exist: '∃',
  Exists: '∃',
  nexist: '∄',
  nexists: '∄',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  varnothing: '∅',
  nabla: '∇',
  Del: '∇',
  isin: '∈',
  isinv: '∈',
  in: '∈',
  Element: '∈',
  notin: '∉',
  notinva: '∉',
  ni: '∋',
  niv: '∋',
  SuchThat: '∋',
  ReverseElement: '∋',
  notni: '∌',
  notniva: '∌',
  prod: '∏',
  Product: '∏',
  coprod: '∐',
  Coproduct: '∐',
  sum: '∑',
  Sum: '∑',
  minus: '−',
  mp: '∓',
  plusdo: '∔',
  dotplus: '∔',
  setminus: '∖',
  lowast: '∗',
  radic: '√',
  Sqrt: '√',
  prop: '∝',
  propto: '∝',
  Proportional: '∝',
  varpropto: '∝',
  infin: '∞',
  infintie: '⧝',
  ang: '∠',
  angle: '∠',
  angmsd: '∡',
  measuredangle: '∡',
  angsph: '∢',
  mid: '∣',
  VerticalBar: '∣',
  nmid: '∤',
  nsmid: '∤',
  npar: '∦',
  parallel: '∥',
  spar: '∥',
  nparallel: '∦',
  nspar: '∦',
  and: '∧',
  wedge: '∧',
  or: '∨',
  vee: '∨',
  cap: '∩',
  cup: '∪',
  int: '∫',
  Integral: '∫',
  conint: '∮',
  ContourIntegral: '∮',
  Conint: '∯',
  DoubleContourIntegral: '∯',
  Cconint: '∰',
  there4: '∴',
  therefore: '∴',
  Therefore: '∴',
  becaus: '∵',
  because: '∵',
  Because: '∵',
  ratio: '∶',
  Proportion: '∷',
  minusd: '∸',
  dotminus: '∸',
  mDDot: '∺',
  homtht: '∻',
  sim: '∼',
  bsimg: '∽',
  backsim: '∽',
  ac: '∾',
  mstpos: '∾',
  acd: '∿',
  VerticalTilde: '≀',
  wr: '≀',
  wreath: '≀',
  nsime: '≄',
  nsimeq: '≄',
  ncong: '≇',
  simne: '≆',
  ncongdot: '⩭̸',
  ngsim: '≵',
  nsim: '≁',
  napprox: '≉',
  nap: '≉',
  ngeq: '≱',
  nge: '≱',
  nleq: '≰',
  nle: '≰',
  ngtr: '≯',
  ngt: '≯',
  nless: '≮',
  nlt: '≮',
  nprec: '⊀',
  npr: '⊀',
  nsucc: '⊁',
  nsc: '⊁',
};

/**
 * Arrows
 * @type {Record<string, string>}
 */
const ARROWS = {
  larr: '←',
  leftarrow: '←',
  LeftArrow: '←',
  uarr: '↑',
  uparrow: '↑',
  UpArrow: '↑',
  rarr: '→',
  rightarrow: '→',
  RightArrow: '→',
  darr: '↓',
  downarrow: '↓',
  DownArrow: '↓',
  harr: '↔',
  leftrightarrow: '↔',
  LeftRightArrow: '↔',
  varr: '↕',
  updownarrow: '↕',
  UpDownArrow: '↕',
  nwarr: '↖',
  nwarrow: '↖',
  UpperLeftArrow: '↖',
  nearr: '↗',
  nearrow: '↗',
  UpperRightArrow: '↗',
  searr: '↘',
  searrow: '↘',
  LowerRightArrow: '↘',
  swarr: '↙',
  swarrow: '↙',
  LowerLeftArrow: '↙',
  lArr: '⇐',
  Leftarrow: '⇐',
  uArr: '⇑',
  Uparrow: '⇑',
  rArr: '⇒',
  Rightarrow: '⇒',
  dArr: '⇓',
  Downarrow: '⇓',
  hArr: '⇔',
  Leftrightarrow: '⇔',
  iff: '⇔',
  vArr: '⇕',
  Updownarrow: '⇕',
  lAarr: '⇚',
  Lleftarrow: '⇚',
  rAarr: '⇛',
  Rrightarrow: '⇛',
  lrarr: '⇆',
  leftrightarrows: '⇆',
  rlarr: '⇄',
  rightleftarrows: '⇄',
  lrhar: '⇋',
  leftrightharpoons: '⇋',
  ReverseEquilibrium: '⇋',
  rlhar: '⇌',
  rightleftharpoons: '⇌',
  Equilibrium: '⇌',
  udarr: '⇅',
  UpArrowDownArrow: '⇅',
  duarr: '⇵',
  DownArrowUpArrow: '⇵',
  llarr: '⇇',
  leftleftarrows: '⇇',
  rrarr: '⇉',
  rightrightarrows: '⇉',
  ddarr: '⇊',
  downdownarrows: '⇊',
  har: '↽',
  lhard: '↽',
  leftharpoondown: '↽',
  lharu: '↼',
  leftharpoonup: '↼',
  rhard: '⇁',
  rightharpoondown: '⇁',
  rharu: '⇀',
  rightharpoonup: '⇀',
  lsh: '↰',
  Lsh: '↰',
  rsh: '↱',
  Rsh: '↱',
  ldsh: '↲',
  rdsh: '↳',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  mapstoleft: '↤',
  mapstoup: '↥',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  crarr: '↵',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nrightarrow: '↛',
  nrarr: '↛',
  larrtl: '↢',
  rarrtl: '↣',
  leftarrowtail: '↢',
  rightarrowtail: '↣',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  Larr: '↞',
  Rarr: '↠',
  larrhk: '↩',
  rarrhk: '↪',
  larrlp: '↫',
  looparrowleft: '↫',
  rarrlp: '↬',
  looparrowright: '↬',
  harrw: '↭',
  leftrightsquigarrow: '↭',
  nrarrw: '↝̸',
  rarrw: '↝',
  rightsquigarrow: '↝',
  larrbfs: '⤟',
  rarrbfs: '⤠',
  nvHarr: '⤄',
  nvlArr: '⤂',
  nvrArr: '⤃',
  larrfs: '⤝',
  rarrfs: '⤞',
  Map: '⤅',
  larrsim: '⥳',
  rarrsim: '⥴',
  harrcir: '⥈',
  Uarrocir: '⥉',
  lurdshar: '⥊',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  rdldhar: '⥩',
  lrhard: '⥭',
  uharr: '↾',
  uharl: '↿',
  dharr: '⇂',
  dharl: '⇃',
  Uarr: '↟',
  Darr: '↡',
  zigrarr: '⇝',
  nwArr: '⇖',
  neArr: '⇗',
  seArr: '⇘',
  swArr: '⇙',
  nharr: '↮',
  nhArr: '⇎',
  nlarr: '↚',
  nlArr: '⇍',
  nrArr: '⇏',
  larrb: '⇤',
  LeftArrowBar: '⇤',
  rarrb: '⇥',
  RightArrowBar: '⇥',
};

/**
 * Geometric Shapes
 * @type {Record<string, string>}
 */
const SHAPES = {
  square: '□',
  Square: '□',
  squ: '□',
  squf: '▪',
  squarf: '▪',
  blacksquar: '▪',
  blacksquare: '▪',
  FilledVerySmallSquare: '▪',
  blk34: '▓',
  blk12: '▒',
  blk14: '░',
  block: '█',
  srect: '▭',
  rect: '▭',
  sdot: '⋅',
  sdotb: '⊡',
  dotsquare: '⊡',
  triangle: '▵',
  tri: '▵',
  trine: '▵',
  utri: '▵',
  triangledown: '▿',
  dtri: '▿',
  tridown: '▿',
  triangleleft: '◃',
  ltri: '◃',
  triangleright: '▹',
  rtri: '▹',
  blacktriangle: '▴',
  utrif: '▴',
  blacktriangledown: '▾',
  dtrif: '▾',
  blacktriangleleft: '◂',
  ltrif: '◂',
  blacktriangleright: '▸',
  rtrif: '▸',
  loz: '◊',
  lozenge: '◊',
  blacklozenge: '⧫',
  lozf: '⧫',
  bigcirc: '◯',
  xcirc: '◯',
  circ: 'ˆ',
  Circle: '○',
  cir: '○',
  o: '○',
  bullet: '•',
  bull: '•',
  hellip: '…',
  mldr: '…',
  nldr: '‥',
  boxh: '─',
  HorizontalLine: '─',
  boxv: '│',
  boxdr: '┌',
  boxdl: '┐',
  boxur: '└',
  boxul: '┘',
  boxvr: '├',
  boxvl: '┤',
  boxhd: '┬',
  boxhu: '┴',
  boxvh: '┼',
  boxH: '═',
  boxV: '║',
  boxdR: '╒',
  boxDr: '╓',
  boxDR: '╔',
  boxDl: '╕',
  boxdL: '╖',
  boxDL: '╗',
  boxuR: '╘',
  boxUr: '╙',
  boxUR: '╚',
  boxUl: '╜',
  boxuL: '╛',
  boxUL: '╝',
  boxvR: '╞',
  boxVr: '╟',
  boxVR: '╠',
  boxVl: '╢',
  boxvL: '╡',
  boxVL: '╣',
  boxHd: '╤',
  boxhD: '╥',
  boxHD: '╦',
  boxHu: '╧',
  boxhU: '╨',
  boxHU: '╩',
  boxvH: '╪',
  boxVh: '╫',
  boxVH: '╬',
};

/**
 * Punctuation & Diacritics
 * @type {Record<string, string>}
 */
const PUNCTUATION = {
  excl: '!',
  iexcl: '¡',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  iquest: '¿',
  nbsp: '\u00a0',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  vert: '|',
  Verbar: '‖',
  verbar: '|',
  dblac: '˝',
  circ: 'ˆ',
  caron: 'ˇ',
  breve: '˘',
  dot: '˙',
  ring: '˚',
  ogon: '˛',
  tilde: '˜',
  DiacriticalGrave: '`',
  DiacriticalAcute: '´',
  DiacriticalTilde: '˜',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  grave: '`',
};

/**
 * Currency Symbols
 * @type {Record<string, string>}
 */
const CURRENCY = {
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  euro: '€',
  dollar: '$',
  fnof: 'ƒ',
  inr: '₹',
  af: '؋',
  birr: 'ብር',
  peso: '₱',
  rub: '₽',
  won: '₩',
  yuan: '¥',
  cedil: '¸',
};

/**
 * Fractions
 * @type {Record<string, string>}
 */
const FRACTIONS = {
  frac12: '½',
  half: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
};

/**
 * Miscellaneous Symbols
 * @type {Record<string, string>}
 */
const MISC_SYMBOLS = {
  trade: '™',
  TRADE: '™',
  telrec: '⌕',
  target: '⌖',
  ulcorn: '⌜',
  ulcorner: '⌜',
  urcorn: '⌝',
  urcorner: '⌝',
  dlcorn: '⌞',
  llcorner: '⌞',
  drcorn: '⌟',
  lrcorner: '⌟',
  intercal: '⊺',
  intcal: '⊺',
  oplus: '⊕',
  CirclePlus: '⊕',
  ominus: '⊖',
  CircleMinus: '⊖',
  otimes: '⊗',
  CircleTimes: '⊗',
  osol: '⊘',
  odot: '⊙',
  CircleDot: '⊙',
  oast: '⊛',
  circledast: '⊛',
  odash: '⊝',
  circleddash: '⊝',
  ocirc: '⊚',
  circledcirc: '⊚',
  boxplus: '⊞',
  plusb: '⊞',
  boxminus: '⊟',
  minusb: '⊟',
  boxtimes: '⊠',
  timesb: '⊠',
  boxdot: '⊡',
  sdotb: '⊡',
  veebar: '⊻',
  vee: '∨',
  barvee: '⊽',
  and: '∧',
  wedge: '∧',
  Cap: '⋒',
  Cup: '⋓',
  Fork: '⋔',
  pitchfork: '⋔',
  epar: '⋕',
  ltlarr: '⥶',
  nvap: '≍⃒',
  nvsim: '∼⃒',
  nvge: '≥⃒',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvgt: '>⃒',
  nvltrie: '⊴⃒',
  nvrtrie: '⊵⃒',
  Vdash: '⊩',
  dashv: '⊣',
  vDash: '⊨',
  Vvdash: '⊪',
  nvdash: '⊬',
  nvDash: '⊭',
  nVdash: '⊮',
  nVDash: '⊯',
};

const XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: "\""
}
const COMMON_HTML = {
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  para: '\u00b6',
  sect: '\u00a7',
  deg: '\u00b0',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
}
// ---------------------------------------------------------------------------
// Note: NUMERIC_ENTITIES (&#NNN; / &#xHH;) are handled by the scanner directly
// via String.fromCodePoint() without any map lookup.
// ---------------------------------------------------------------------------
;// CONCATENATED MODULE: ./node_modules/@nodable/entities/src/EntityDecoder.js
// ---------------------------------------------------------------------------
// Built-in named entity map  (name → replacement string)
// No regex, no {regex,val} objects — just flat key/value pairs.
// ---------------------------------------------------------------------------



// ---------------------------------------------------------------------------
// Entity hook action constants
// ---------------------------------------------------------------------------

/**
 * Action constants for `onExternalEntity` and `onInputEntity` hooks.
 *
 * Use these instead of raw strings to avoid typos:
 *
 * @example
 * import EntityDecoder, { ENTITY_ACTION } from './EntityDecoder.js';
 * const dec = new EntityDecoder({
 *   onInputEntity: (name, value) => ENTITY_ACTION.BLOCK,
 * });
 */
const ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: 'allow',
  /** Silently skip this entity — it will not be registered. */
  BLOCK: 'block',
  /** Throw an error, aborting entity registration entirely. */
  THROW: 'throw',
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SPECIAL_CHARS = new Set('!?\\\\/[]$%{}^&*()<>|+');

/**
 * Validate that an entity name contains no dangerous characters.
 * @param {string} name
 * @returns {string} the name, unchanged
 * @throws {Error} on invalid characters
 */
function EntityDecoder_validateEntityName(name) {
  if (name[0] === '#') {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}

/**
 * Merge one or more entity maps into a flat name→string map.
 * Accepts either:
 *   - plain string values:             { amp: '&' }
 *   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
 *
 * Values containing '&' are skipped (recursive expansion risk).
 *
 * @param {...object} maps
 * @returns {Record<string, string>}
 */
function mergeEntityMaps(...maps) {
  const out = Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === 'string') {
        out[key] = raw;
      } else if (raw && typeof raw === 'object' && raw.val !== undefined) {
        // Legacy {regex,val} or {regx,val} — extract the string val only
        const val = raw.val;
        if (typeof val === 'string') {
          out[key] = val;
        }
        // function vals are not supported in the scanner — skip
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// applyLimitsTo helpers
// ---------------------------------------------------------------------------

const LIMIT_TIER_EXTERNAL = 'external'; // input/runtime + persistent external maps
const LIMIT_TIER_BASE = 'base';     // DEFAULT_XML_ENTITIES + namedEntities (system) maps
const LIMIT_TIER_ALL = 'all';      // every entity regardless of tier

/**
 * Resolve `applyLimitsTo` option into a normalised Set of tier strings.
 * Accepted values: 'external' | 'base' | 'all' | string[]
 * Default: 'external' (only untrusted injected entities are counted).
 * @param {string|string[]|undefined} raw
 * @returns {Set<string>}
 */
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return new Set([LIMIT_TIER_EXTERNAL]); // safe default for unrecognised values
}

// ---------------------------------------------------------------------------
// NCR (Numeric Character Reference) classification
// ---------------------------------------------------------------------------

// Severity order — higher number = stricter action.
// Used to enforce minimum action levels for specific codepoint ranges.
const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });

// XML 1.0 §2.2: allowed chars are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// Restricted C0: U+0001–U+001F excluding U+0009, U+000A, U+000D
const XML10_ALLOWED_C0 = new Set([0x09, 0x0A, 0x0D]);

/**
 * Parse the `ncr` constructor option into flat, hot-path-friendly fields.
 * @param {object|undefined} ncr
 * @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
 */
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1.0, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1.0;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  // 'allow' is not meaningful for null — clamp to at least 'remove'
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}

// ---------------------------------------------------------------------------
// EntityReplacer
// ---------------------------------------------------------------------------

/**
 * Single-pass, zero-regex entity replacer for XML/HTML content.
 *
 * Algorithm: scan the string once for '&', read to ';', resolve via map
 * or direct codepoint conversion, build output chunks, join once at the end.
 *
 * Entity lookup priority (highest → lowest):
 *   1. input / runtime  (DOCTYPE entities for current document)
 *   2. persistent external (survive across documents)
 *   3. base named map   (DEFAULT_XML_ENTITIES + user-supplied namedEntities)
 *
 * Both input and external resolve as the 'external' tier for limit purposes.
 * Base map entities resolve as the 'base' tier.
 *
 * Numeric / hex references (&#NNN; / &#xHH;) are resolved directly via
 * String.fromCodePoint() — no map needed. They count as 'base' tier.
 *
 * @example
 * const replacer = new EntityReplacer({ namedEntities: COMMON_HTML });
 * replacer.setExternalEntities({ brand: 'Acme' });
 *
 * const instance = replacer.reset();
 * instance.addInputEntities({ version: '1.0' });
 * instance.encode('&brand; v&version; &lt;'); // 'Acme v1.0 <'
 */
class EntityDecoder {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === 'function' ? options.postCheck : r => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    // Base map: DEFAULT_XML_ENTITIES + user-supplied extras. Immutable after construction.
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);

    // Persistent external entities — survive across documents.
    // Stored as a separate map so reset() never touches them.
    /** @type {Record<string, string>} */
    this._externalMap = Object.create(null);

    // Input / runtime entities — current document only, wiped on reset().
    /** @type {Record<string, string>} */
    this._inputMap = Object.create(null);

    // Per-document counters
    this._totalExpansions = 0;
    this._expandedLength = 0;

    // --- New: remove / leave sets ---
    /** @type {Set<string>} */
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    /** @type {Set<string>} */
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);

    // --- NCR config (parsed into flat fields for hot-path speed) ---
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;

    // --- Registration hooks ---
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onExternalEntity = typeof options.onExternalEntity === 'function'
      ? options.onExternalEntity
      : null;
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onInputEntity = typeof options.onInputEntity === 'function'
      ? options.onInputEntity
      : null;
  }

  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------

  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true; // no hook → always accept
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true; // ALLOW or any unknown return value → accept
  }

  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------

  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        EntityDecoder_validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    // Hook present — resolve values first, then filter
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, 'external')) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }

  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    EntityDecoder_validateEntityName(key);
    if (typeof value === 'string' && value.indexOf('&') === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, 'external')) {
        this._externalMap[key] = value;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------

  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, 'input')) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }

  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------

  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }

  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------

  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1.0;
  }

  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------

  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== 'string' || str.length === 0) return str;
    //TODO: check if needed
    if (str.indexOf('&') === -1) return str; // fast path — no entities at all

    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0; // start of next unprocessed literal chunk
    let i = 0;

    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;

    while (i < len) {
      // Scan forward to next '&'
      if (str.charCodeAt(i) !== 38 /* '&' */) { i++; continue; }

      // --- Found '&' at position i ---

      // Scan forward to ';'
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 /* ';' */ && (j - i) <= 32) j++;

      if (j >= len || str.charCodeAt(j) !== 59) {
        // No closing ';' within window — treat '&' as literal
        i++;
        continue;
      }

      // Raw token between '&' and ';' (exclusive)
      const token = str.slice(i + 1, j);
      if (token.length === 0) { i++; continue; }

      let replacement;
      let tier; // which limit tier this entity belongs to

      if (this._removeSet.has(token)) {
        // Remove entity: replace with empty string
        replacement = '';
        // If entity was unknown (replacement undefined), we still need a tier for limits.
        // Treat as external tier because it's user-directed removal of an unknown reference.
        if (tier === undefined) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        // Do not replace — keep original &token; as literal
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35 /* '#' */) {
        // ---- Numeric / NCR reference ----
        // NCR classification always runs first — prohibited codepoints must be
        // caught regardless of numericAllowed.
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === undefined) {
          // 'leave' action — keep original &token; as-is
          i++;
          continue;
        }
        replacement = ncrResult; // '' for remove, char string for allow
        tier = LIMIT_TIER_BASE;
      } else {
        // ---- Named reference ----
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }

      if (replacement === undefined) {
        // Unknown entity — leave as-is, advance past '&' only
        i++;
        continue;
      }

      // Flush literal chunk before this entity
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1; // skip past ';'
      i = last;

      // Apply expansion limits only if this tier is being tracked
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ` +
              `${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          // delta: replacement.length minus the raw &token; length (token.length + 2 for '&' and ';')
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ` +
                `${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }

    // Flush trailing literal
    if (last < len) chunks.push(str.slice(last));

    // If nothing was replaced, chunks is empty — return original
    const result = chunks.length === 0 ? str : chunks.join('');

    return this._postCheck(result, original);
  }

  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------

  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }

  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------

  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    // input and external both count as 'external' tier for limit purposes —
    // they are injected at runtime and are the untrusted surface.
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return undefined;
  }

  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    // 1. Null
    if (cp === 0) return this._ncrNullLevel;

    // 2. Surrogates — always prohibited, minimum 'remove'
    if (cp >= 0xD800 && cp <= 0xDFFF) return NCR_LEVEL.remove;

    // 3. XML 1.0 restricted C0 controls
    if (this._ncrXmlVersion === 1.0) {
      if (cp >= 0x01 && cp <= 0x1F && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }

    return -1; // no restriction
  }

  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow: return String.fromCodePoint(cp);
      case NCR_LEVEL.remove: return '';
      case NCR_LEVEL.leave: return undefined; // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference ` +
          `&${token}; (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`
        );
      default: return String.fromCodePoint(cp);
    }
  }

  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    // Step 1: parse codepoint
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 /* x */ || second === 88 /* X */) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }

    // Step 2: out-of-range → leave as-is unconditionally
    if (Number.isNaN(cp) || cp < 0 || cp > 0x10FFFF) return undefined;

    // Step 3: classify to get minimum action level
    const minimum = this._classifyNCR(cp);

    // Step 4: if numericAllowed is false and no hard minimum → leave
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return undefined;

    // Step 5: effective action = max(configured onNCR, range minimum)
    const effective = minimum === -1
      ? this._ncrOnLevel
      : Math.max(this._ncrOnLevel, minimum);

    // Step 6: apply
    return this._applyNCRAction(effective, token, cp);
  }
}
;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql.js
/**
 * SQL context patterns — high-precision rules only.
 *
 * These rules have very low false-positive risk and are safe to apply to
 * general user text (names, descriptions, search queries, etc.).
 * All patterns are ReDoS-safe — unlike the `sql-injection` npm package
 * which has an active CVE on its own detection regexes.
 *
 * For exhaustive coverage including noisier heuristics (comment sequences,
 * hex literals, stacked queries with semicolons), use 'SQL-STRICT' instead.
 * Apply 'SQL-STRICT' only to strings that are specifically SQL fragments,
 * not to general free-text fields.
 */

const SQL_PATTERNS = [
  {
    id: 'sql-block-comment-open',
    description: 'SQL block comment open: /* ... */ — unusual in legitimate user text',
    pattern: /\/\*/,
  },
  {
    id: 'sql-union-select',
    description: 'UNION SELECT — most common SQL injection aggregation attack',
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i,
  },
  {
    id: 'sql-drop-table',
    description: 'DROP TABLE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}TABLE\b/i,
  },
  {
    id: 'sql-drop-database',
    description: 'DROP DATABASE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}DATABASE\b/i,
  },
  {
    id: 'sql-insert-into',
    description: 'INSERT INTO — data injection',
    pattern: /\bINSERT\s{1,20}INTO\b/i,
  },
  {
    id: 'sql-delete-from',
    description: 'DELETE FROM — data deletion injection',
    pattern: /\bDELETE\s{1,20}FROM\b/i,
  },
  {
    id: 'sql-update-set',
    description: 'UPDATE ... SET — data modification injection',
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i,
  },
  {
    id: 'sql-exec-xp',
    description: 'EXEC xp_ — MSSQL extended stored procedure execution',
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i,
  },
  {
    id: 'sql-tautology-string',
    description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i,
  },
  {
    id: 'sql-tautology-numeric',
    description: 'Numeric tautology: OR 1=1',
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i,
  },
  {
    id: 'sql-always-true-zero',
    description: 'Numeric tautology: OR 0=0',
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i,
  },
  {
    id: 'sql-sleep-benchmark',
    description: 'Time-based blind injection: SLEEP() or BENCHMARK()',
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i,
  },
  {
    id: 'sql-waitfor-delay',
    description: 'MSSQL time-based blind injection: WAITFOR DELAY',
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i,
  },
  {
    id: 'sql-char-function',
    description: 'CHAR() function — used to obfuscate injected strings',
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i,
  },
  {
    id: 'sql-information-schema',
    description: 'INFORMATION_SCHEMA — reconnaissance query for table/column enumeration',
    pattern: /\bINFORMATION_SCHEMA\b/i,
  },
];

/* harmony default export */ const sql = (SQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/sql-strict.js
/**
 * SQL-STRICT context patterns.
 *
 * Extends the base 'SQL' context with three additional rules that are
 * effective at detecting real injections but carry a higher false-positive
 * risk on general free-text input.
 *
 * Use 'SQL-STRICT' when:
 *   - The string is specifically a SQL fragment or database identifier
 *   - You control the input domain (e.g. a dedicated SQL search field)
 *   - You can tolerate occasional false positives in exchange for broader coverage
 *
 * Use 'SQL' (not STRICT) when:
 *   - The field is general user text (names, descriptions, comments)
 *   - False positives would block legitimate content (e.g. "see note -- above")
 *
 * Rules moved here from 'SQL' due to false-positive risk:
 *
 *   sql-line-comment   — "--" fires on "see note -- above", "value--", CSS var(--primary)
 *   sql-stacked-query  — "; SELECT" fires on legitimate prose with semicolons + SQL words
 *   sql-hex-encoding   — "0xDEAD" fires on hex values in technical docs and log output
 */



const SQL_STRICT_EXTRA = [
  {
    id: 'sql-line-comment',
    description: 'SQL line comment: -- followed by whitespace or end of string',
    pattern: /--(?:\s|$)/,
  },
  {
    id: 'sql-stacked-query',
    description: 'Stacked queries: semicolon immediately followed by a SQL keyword',
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i,
  },
  {
    id: 'sql-hex-encoding',
    description: 'Hex-encoded string injection: 0x41414141 style (MySQL)',
    pattern: /\b0x[0-9a-f]{4,}/i,
  },
];

// SQL-STRICT = all base SQL rules + the three noisy extras
const SQL_STRICT_PATTERNS = [...sql, ...SQL_STRICT_EXTRA];

/* harmony default export */ const sql_strict = (SQL_STRICT_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/util/decode-entities.js
/**
 * Decode the HTML character references that matter for markup-context
 * detection.
 *
 * Browsers decode character references in attribute values before they
 * interpret a URL, so `javascript&#58;alert(1)` in an href is the
 * `javascript:` scheme. The HTML/XML/SVG rules match literal characters, so
 * without this step such payloads slip through.
 *
 * Deliberately NOT a full entity decoder. It decodes only:
 *   - decimal refs  &#58;  &#058;  &#00000058;  &#58   (any leading zeros,
 *                   trailing ; optional — browsers accept both)
 *   - hex refs      &#x3a; &#X3A; &#x0000003a; &#x3a   (same)
 *   - named refs    &colon;  &Tab;  &NewLine;
 *       Named refs are CASE-SENSITIVE and REQUIRE the trailing ';', exactly
 *       like a browser (so `&COLON;` and `&colon` are not decoded).
 *       &Tab; / &NewLine; matter because the URL parser strips tab/newline,
 *       so `java&Tab;script:` is still a javascript: URL.
 *
 * It does NOT decode &amp; (single pass only), so double-encoded text such as
 * "&amp;lt;script&amp;gt;" stays literal — a browser renders that as text.
 *
 * All quantifiers are bounded; no ReDoS risk.
 *
 * @param {string} input
 * @returns {string}
 */
const NAMED = Object.freeze({
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
});

const ENTITY_RE =
  /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;

function decodeEntities(input) {
  if (input.indexOf('&') === -1) return input;

  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== undefined) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 0x10ffff) return match;
    return String.fromCodePoint(cp);
  });
}

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/html.js
/**
 * HTML context patterns.
 *
 * Detects XSS vectors that are dangerous when a string ends up rendered as HTML.
 * All patterns use bounded quantifiers to ensure linear-time matching (ReDoS-safe).
 *
 * Each entry is { pattern: RegExp, id: string, description: string }
 * so callers can inspect which rule fired if they need to.
 */

const HTML_PATTERNS = [
  {
    id: 'html-script-open',
    description: '<script opening tag',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'html-script-close',
    description: '</script closing tag',
    pattern: /<\/script[\s>]/i,
  },
  {
    id: 'html-javascript-protocol',
    description: 'javascript: URI scheme (with optional whitespace/encoding)',
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i,
  },
  {
    id: 'html-vbscript-protocol',
    description: 'vbscript: URI scheme',
    pattern: /vbscript[\t\n\r ]*:/i,
  },
  {
    id: 'html-data-html',
    description: 'data:text/html URI — can execute scripts in browsers',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i,
  },
  {
    id: 'html-data-xhtml',
    description: 'data:application/xhtml+xml URI',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i,
  },
  {
    id: 'html-data-svg',
    description: 'data:image/svg+xml URI — can execute scripts',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i,
  },
  {
    id: 'html-inline-event-handler',
    description: 'Inline event handler attributes: onclick=, onerror=, onload=, etc.',
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'html-entity-obfuscated-script',
    description: 'HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)',
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i,
  },
  {
    id: 'html-entity-obfuscated-javascript',
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i,
  },
  {
    id: 'html-style-expression',
    description: 'CSS expression() — IE-era code execution in style attributes',
    pattern: /style[\s\S]{0,20}expression\s*\(/i,
  },
  {
    id: 'html-object-embed',
    description: '<object or <embed tags that can load active content',
    pattern: /<(?:object|embed)[\s>/]/i,
  },
  {
    id: 'html-base-tag',
    description: '<base href= — can hijack all relative URLs on a page',
    pattern: /<base[\s>]/i,
  },
  {
    id: 'html-meta-refresh',
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i,
  },
  {
    id: 'html-srcdoc',
    description: 'srcdoc= attribute on iframes — embeds HTML that can run scripts',
    pattern: /srcdoc\s*=/i,
  },
  {
    id: 'html-iframe',
    description: '<iframe tag',
    pattern: /<iframe[\s>/]/i,
  },
  {
    id: 'html-form',
    description: '<form tag — can be used for phishing / credential harvesting injection',
    pattern: /<form[\s>/]/i,
  },
];

/* harmony default export */ const html = (HTML_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/xml.js
/**
 * XML context patterns.
 *
 * Detects injection vectors that are specifically dangerous when a string
 * is inserted into an XML document (not HTML rendering context).
 *
 * Key distinction from HTML: these patterns target parser-level attacks —
 * things that can confuse or subvert an XML parser, trigger external entity
 * resolution, or inject DTD content. HTML rendering concerns (XSS) belong
 * in the HTML context.
 */

const XML_PATTERNS = [
  {
    id: 'xml-cdata-injection',
    description: 'CDATA section injection: <![CDATA[ breaks out of text node context',
    pattern: /<!\[CDATA\[/i,
  },
  {
    id: 'xml-cdata-close',
    description: 'CDATA close sequence: ]]> can terminate an enclosing CDATA section',
    pattern: /\]\]>/,
  },
  {
    id: 'xml-processing-instruction',
    description: 'XML processing instruction: <?xml-stylesheet or <?php etc.',
    pattern: /<\?(?:xml[\- ]|php|asp)/i,
  },
  {
    id: 'xml-doctype-injection',
    description: 'DOCTYPE declaration embedded in content — can define entities',
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i,
  },
  {
    id: 'xml-entity-system',
    description: 'SYSTEM keyword — used in external entity declarations (XXE)',
    pattern: /\bSYSTEM\s+["']/i,
  },
  {
    id: 'xml-entity-public',
    description: 'PUBLIC keyword — used in external entity declarations (XXE)',
    pattern: /\bPUBLIC\s+["']/i,
  },
  {
    id: 'xml-entity-declaration',
    description: '<!ENTITY declaration — defines entities, potential XXE or entity expansion',
    pattern: /<!ENTITY[\s%]/i,
  },
  {
    id: 'xml-billion-laughs',
    description: 'Entity reference chaining / billion laughs: repeated &eX; style references',
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/,
  },
  {
    id: 'xml-namespace-confusion',
    description: 'xmlns: attribute injection — can redefine namespaces to confuse parsers',
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i,
  },
  {
    id: 'xml-comment-injection',
    description: '<!-- comment injection — can hide content from some parsers',
    pattern: /<!--/,
  },
  {
    id: 'xml-comment-close',
    description: '--> closes an enclosing XML comment',
    pattern: /-->/,
  },
  {
    id: 'xml-pi-close',
    description: '?> closes an enclosing processing instruction',
    pattern: /\?>/,
  },
];

/* harmony default export */ const xml = (XML_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/svg.js
/**
 * SVG context patterns.
 *
 * SVG is XML-based but renders in browsers, giving it a unique attack surface
 * that combines XML parser behaviour with browser rendering and JavaScript execution.
 *
 * Many of these vectors bypass HTML sanitizers that don't understand SVG semantics
 * (DOMPurify has documented bypass vulnerabilities specifically in SVG/XML context).
 */

const SVG_PATTERNS = [
  {
    id: 'svg-script-element',
    description: '<script element inside SVG executes JavaScript',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'svg-xlink-href-javascript',
    description: 'xlink:href with javascript: — classic SVG XSS via <a> or <use>',
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-href-javascript',
    description: 'href= with javascript: in SVG context (<a>, <animate>, etc.)',
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-foreignobject',
    description: '<foreignObject embeds HTML inside SVG — can execute scripts',
    pattern: /<foreignObject[\s>/]/i,
  },
  {
    id: 'svg-use-external',
    description: '<use xlink:href or href pointing to external resource (non-fragment URL)',
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i,
  },
  {
    id: 'svg-animate-href',
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i,
  },
  {
    id: 'svg-animate-xlinkhref',
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i,
  },
  {
    id: 'svg-set-javascript',
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-event-handler',
    description: 'SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.',
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i,
  },
  {
    id: 'svg-handler-generic',
    description: 'Generic on* handler catch-all for SVG attributes',
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'svg-filter-feimage',
    description: '<feImage href= — filter primitive that can load external resources',
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i,
  },
  {
    id: 'svg-image-external',
    description: '<image xlink:href with http/https or javascript protocol',
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i,
  },
  {
    id: 'svg-style-javascript',
    description: 'style= attribute containing javascript: (e.g. background:url(javascript:...))',
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i,
  },
];

/* harmony default export */ const svg = (SVG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/shell.js
/**
 * SHELL context patterns.
 *
 * Detects shell injection vectors and path traversal patterns.
 * Designed for use when a string will be passed to a shell command,
 * used as a file path, or interpolated into OS-level operations.
 */

const SHELL_PATTERNS = [
  {
    id: 'shell-path-traversal-unix',
    description: 'Unix path traversal: ../  — climbing the directory tree',
    pattern: /\.\.\//,
  },
  {
    id: 'shell-path-traversal-windows',
    description: 'Windows path traversal: ..\\ — climbing the directory tree',
    pattern: /\.\.\\/,
  },
  {
    id: 'shell-path-traversal-encoded',
    description: 'URL-encoded path traversal: %2e%2e or %2f variants',
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i,
  },
  {
    id: 'shell-null-byte',
    description: 'Null byte injection: \\x00 or %00 — truncates strings in C-backed functions',
    pattern: /\x00|%00/,
  },
  {
    id: 'shell-semicolon',
    description: 'Semicolon command separator: cmd1; cmd2',
    pattern: /;/,
  },
  {
    id: 'shell-pipe',
    description: 'Pipe operator: cmd1 | cmd2',
    pattern: /\|/,
  },
  {
    id: 'shell-and-operator',
    description: 'AND operator: cmd1 && cmd2',
    pattern: /&&/,
  },
  {
    id: 'shell-or-operator',
    description: 'OR operator: cmd1 || cmd2',
    pattern: /\|\|/,
  },
  {
    id: 'shell-backtick',
    description: 'Backtick command substitution: `cmd`',
    pattern: /`/,
  },
  {
    id: 'shell-dollar-paren',
    description: 'Dollar-paren command substitution: $(cmd)',
    pattern: /\$\(/,
  },
  {
    id: 'shell-dollar-brace',
    description: 'Dollar-brace variable expansion: ${var} — can be abused for injection',
    pattern: /\$\{/,
  },
  {
    id: 'shell-redirect-out',
    description: 'Output redirection: cmd > file or cmd >> file',
    pattern: />{1,2}/,
  },
  {
    id: 'shell-redirect-in',
    description: 'Input redirection: cmd < file',
    pattern: /</,
  },
  {
    id: 'shell-newline-injection',
    description: 'Newline injection: \\n or \\r — can inject new shell commands',
    pattern: /[\n\r]/,
  },
  {
    id: 'shell-glob-star',
    description: 'Glob expansion: * or ? — can expand to unintended files',
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/,
  },
  {
    id: 'shell-absolute-root',
    description: 'Absolute root path injection: string starting with / or \\ (Windows UNC)',
    pattern: /^(?:\/|\\\\)/,
  },
  {
    id: 'shell-windows-drive',
    description: 'Windows drive letter path injection: C:\\ or D:/',
    pattern: /^[a-zA-Z]:[/\\]/,
  },
  {
    id: 'shell-curl-wget',
    description: 'curl/wget with URL or flags — can exfiltrate data or download payloads',
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i,
  },
];

/* harmony default export */ const shell = (SHELL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/redos.js
/**
 * REDOS context patterns.
 *
 * Detects strings that, if used as regular expressions, could cause
 * catastrophic backtracking (ReDoS — Regular Expression Denial of Service).
 *
 * These patterns detect the structural forms that lead to exponential or
 * polynomial backtracking in NFA-based regex engines (V8, PCRE, Java, etc.).
 *
 * Use this context when user-supplied strings will be compiled into RegExp objects.
 */

const REDOS_PATTERNS = [
  {
    id: 'redos-nested-quantifier-plus',
    description: 'Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.',
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/,
  },
  {
    id: 'redos-nested-quantifier-star',
    description: 'Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking',
    pattern: /\([^)]*\*[^)]*\)[*+]/,
  },
  {
    id: 'redos-nested-groups',
    description: 'Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic',
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/,
  },
  {
    id: 'redos-alternation-overlap',
    description: 'Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths',
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/,
  },
  {
    id: 'redos-star-plus-concat',
    description: '(x*x)+ pattern — triggers super-linear backtracking',
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/,
  },
  {
    id: 'redos-dot-star-greedy',
    description: '(.*){n,} or (.+){n,} — repeated greedy dot quantifiers',
    pattern: /\(\.[*+]\)\{?\d/,
  },
  {
    id: 'redos-large-repetition',
    description: 'Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking',
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/,
  },
  {
    id: 'redos-catastrophic-alternation',
    description: 'Long alternation with many similar branches — polynomial backtracking risk',
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/,
  },
];

/* harmony default export */ const redos = (REDOS_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/nosql.js
/**
 * NOSQL context patterns.
 *
 * Detects injection vectors specific to NoSQL databases (primarily MongoDB)
 * and JavaScript-evaluated queries.
 *
 * Attack categories:
 *   1. MongoDB query operator injection: $where, $ne, $gt, $regex, $or, $and, etc.
 *      These operators, when injected into a JSON query object, can bypass
 *      authentication or exfiltrate data without knowing passwords.
 *
 *   2. JavaScript execution: $where clauses execute arbitrary JS server-side.
 *
 *   3. Prototype pollution: __proto__, constructor.prototype — can corrupt
 *      the prototype chain of all objects in the Node.js process.
 *
 * Pattern note: MongoDB operators appear as JSON keys. In JSON, keys are
 * quoted: {"$where": ...} so the pattern must allow an optional closing
 * quote between the operator name and the colon: /\$where["'\s]*:/
 */

// Shared suffix: optional closing quote/whitespace before the colon
// Handles: $op: (bare), "$op": (JSON), '$op': (single-quoted)
const SEP = /["'\s]*:/;
const sep = '["\'\\s]*:';

const NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: 'nosql-where-operator',
    description: '$where — executes arbitrary JavaScript server-side in MongoDB',
    pattern: new RegExp(`\\$where${sep}`, 'i'),
  },
  {
    id: 'nosql-ne-operator',
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, 'i'),
  },
  {
    id: 'nosql-gt-operator',
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, 'i'),
  },
  {
    id: 'nosql-lt-operator',
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, 'i'),
  },
  {
    id: 'nosql-regex-operator',
    description: '$regex — can be used to extract data character by character (blind injection)',
    pattern: new RegExp(`\\$regex${sep}`, 'i'),
  },
  {
    id: 'nosql-or-operator',
    description: '$or — logical OR; used to create always-true conditions',
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-and-operator',
    description: '$and — logical AND operator injection',
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-nor-operator',
    description: '$nor — logical NOR operator injection',
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-exists-operator',
    description: '$exists — can enumerate fields to determine schema',
    pattern: new RegExp(`\\$exists${sep}`, 'i'),
  },
  {
    id: 'nosql-in-operator',
    description: '$in — matches any value in a list; can enumerate values',
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-expr-operator',
    description: '$expr — allows aggregation expressions in queries (MongoDB 3.6+)',
    pattern: new RegExp(`\\$expr${sep}`, 'i'),
  },
  {
    id: 'nosql-function-operator',
    description: '$function — executes arbitrary JavaScript in MongoDB 4.4+',
    pattern: new RegExp(`\\$function${sep}`, 'i'),
  },
  {
    id: 'nosql-accumulator-operator',
    description: '$accumulator — custom aggregation with arbitrary JS execution',
    pattern: new RegExp(`\\$accumulator${sep}`, 'i'),
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: 'nosql-proto-pollution',
    description: '__proto__ — prototype pollution via object key injection',
    pattern: /__proto__/,
  },
  {
    id: 'nosql-constructor-prototype',
    description: 'constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)',
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i,
  },
  {
    id: 'nosql-proto-bracket',
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/,
  },
];

/* harmony default export */ const nosql = (NOSQL_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/contexts/log.js
/**
 * LOG context patterns.
 *
 * Detects injection vectors that are dangerous when a string is written
 * to a log file, passed to a logging framework, or interpolated into
 * a log message that will be parsed or displayed.
 *
 * Attack categories:
 *   1. CRLF injection — injects fake log lines by embedding newlines
 *   2. Log4Shell (CVE-2021-44228) — ${jndi:...} triggers JNDI lookup in Log4j
 *   3. SSTI in log templates — {{...}}, #{...} trigger template evaluation
 *      if the log message is passed through a template engine
 *   4. Null byte injection — truncates log entries in some implementations
 *   5. ANSI escape injection — manipulates terminal output when logs are
 *      tailed in a terminal (colour codes, cursor movement, etc.)
 *
 * Note: Newline characters (\n, \r) will produce false positives for
 * multi-line legitimate values. Use this context only for single-line
 * log field values (usernames, IDs, request parameters, etc.).
 */

const LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: 'log-crlf-injection',
    description: 'CRLF injection: literal \\r or \\n embeds fake log lines',
    pattern: /[\r\n]/,
  },
  {
    id: 'log-url-encoded-crlf',
    description: 'URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers',
    pattern: /%0[dDaA]/,
  },
  {
    id: 'log-unicode-newline',
    description: 'Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)',
    pattern: /[\u2028\u2029]/,
  },

  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: 'log-log4shell-jndi',
    description: 'Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j',
    pattern: /\$\{jndi\s*:/i,
  },
  {
    id: 'log-log4shell-obfuscated',
    description: 'Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection',
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/,
  },
  {
    id: 'log-log4j-lookup',
    description: 'Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration',
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i,
  },

  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: 'log-ssti-double-brace',
    description: 'SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.',
    pattern: /\{\{[\s\S]{0,80}\}\}/,
  },
  {
    id: 'log-ssti-hash-brace',
    description: 'SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB',
    pattern: /#\{[\s\S]{0,80}\}/,
  },
  {
    id: 'log-ssti-dollar-brace',
    description: 'SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL',
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i,
  },
  {
    id: 'log-ssti-percent-tag',
    description: 'SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP',
    pattern: /<%=[\s\S]{0,80}%>/,
  },

  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: 'log-null-byte',
    description: 'Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers',
    pattern: /\x00|%00/,
  },

  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: 'log-ansi-escape',
    description: 'ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed',
    pattern: /\x1b\[/,
  },
];

/* harmony default export */ const log = (LOG_PATTERNS);

;// CONCATENATED MODULE: ./node_modules/is-unsafe/src/index.js
/**
 * is-unsafe v2
 *
 * Zero-dependency, DOM-free, pure predicate for detecting unsafe strings
 * across HTML, XML, SVG, SQL, SQL-STRICT, SHELL, REDOS, NOSQL, and LOG contexts.
 *
 * v2 change: contexts are imported as named pattern arrays rather than resolved
 * via a string-keyed registry. This makes each context independently
 * tree-shakeable — bundlers can drop any context you never import.
 *
 * @module is-unsafe
 */

// ─── Context pattern arrays (named exports) ────────────────────────────────
// Import only the ones you need. Each is independently tree-shakeable.










// SQL-STRICT needs a quoted identifier because of the hyphen



// Markup contexts are also matched against an entity-decoded copy of the input,
// because browsers decode HTML character references before interpreting a URL
// scheme (e.g. javascript&#58;… is a javascript: URL).


// ─── VALID_CONTEXTS convenience re-export ─────────────────────────────────
// Importing this pulls in ALL contexts. Use it only when you need all of them
// (e.g. for validation UI, tooling, or exhaustive audits).
// If you only need a subset, import the named contexts directly instead.










// ─── Attach labels to named contexts ──────────────────────────────────────
// Each built-in PatternList carries its canonical name so matchList can read
// list.label directly — no registry lookup needed at match time.
// Custom PatternLists default to 'CUSTOM' unless the caller sets list.label.

html.label       = 'HTML';
xml.label        = 'XML';
svg.label        = 'SVG';

// Markup contexts: also test an entity-decoded copy (see util/decode-entities.js).
// Non-markup contexts (SQL, SHELL, LOG, …) are matched byte-for-byte as supplied.
html.decodeEntities = true;
xml.decodeEntities  = true;
svg.decodeEntities  = true;
sql.label        = 'SQL';
sql_strict.label = 'SQL-STRICT';
shell.label      = 'SHELL';
redos.label      = 'REDOS';
nosql.label      = 'NOSQL';
log.label        = 'LOG';

const VALID_CONTEXTS = Object.freeze({
  HTML: html,
  XML: xml,
  SVG: svg,
  SQL: sql,
  'SQL-STRICT': sql_strict,
  SHELL: shell,
  REDOS: redos,
  NOSQL: nosql,
  LOG: log,
});

// ─── Types ────────────────────────────────────────────────────────────────

/**
 * @typedef {{ id: string, description: string, pattern: RegExp }} Rule
 */

/**
 * @typedef {Rule[]} PatternList
 */

/**
 * @typedef {Object} MatchResult
 * @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
 * @property {string} id          - Rule identifier
 * @property {string} description - Human-readable description of what was matched
 * @property {RegExp} pattern     - The pattern that matched
 */

// ─── Internal helpers ──────────────────────────────────────────────────────

/**
 * @param {unknown} value
 */
function assertString(value) {
  if (typeof value !== 'string') {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}

/**
 * @param {unknown} context
 */
function assertContext(context) {
  if (context instanceof RegExp) return;

  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError('is-unsafe: context must not be an empty array');
    }
    // Detect array-of-arrays vs flat pattern list
    if (Array.isArray(context[0])) {
      // Array of PatternLists
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            'is-unsafe: each context in the array must be a non-empty pattern array (PatternList)'
          );
        }
      }
    }
    // else: flat PatternList — trust it, no deep validation needed
    return;
  }

  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), ` +
    `an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}

/**
 * Normalise any valid context arg into an array of PatternLists.
 *
 * @param {Rule[]|Rule[][]|RegExp} context
 * @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
 */
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  // Distinguish PatternList (array of rule objects) from array of PatternLists
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}

/**
 * For markup contexts, return an entity-decoded copy of `value` to test
 * alongside the raw input, or null when there is nothing extra to test.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {string|null}
 */
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}

/**
 * Test value against a single PatternList. Returns the first MatchResult or null.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {MatchResult|null}
 */
function matchList(value, list) {
  const label = list.label ?? 'CUSTOM';
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}

// ─── Public API ───────────────────────────────────────────────────────────

/**
 * Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
 *
 * @param {string} value - The string to test
 * @param {PatternList | PatternList[] | RegExp} context
 *   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
 *   - An array of PatternLists — returns true if unsafe in **any** of them
 *   - A custom RegExp — returns true if the pattern matches
 * @returns {boolean}
 *
 * @example
 * import { isUnsafe, HTML, SQL } from 'is-unsafe';
 *
 * isUnsafe('<script>alert(1)</script>', HTML)       // true
 * isUnsafe('hello world', HTML)                     // false
 * isUnsafe('value', [HTML, SQL])                    // false
 * isUnsafe('value', /my-pattern/i)                  // false
 */
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) return regex.test(value);

  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

/**
 * Like `isUnsafe`, but returns the first `MatchResult` describing **why**
 * the value was flagged, or `null` if it is safe.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult|null}
 *
 * @example
 * import { whyUnsafe, HTML } from 'is-unsafe';
 *
 * whyUnsafe('<script>alert(1)</script>', HTML)
 * // { context: 'HTML', id: 'html-script-open', description: '...', pattern: /.../ }
 */
function whyUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) {
    return regex.test(value)
      ? { context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex }
      : null;
  }

  for (const list of lists) {
    const result = matchList(value, list);
    if (result !== null) return result;
  }
  return null;
}

/**
 * Returns **all** matching rules across the given context(s), or an empty
 * array if the value is safe. Useful for comprehensive auditing.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult[]}
 */
function allUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);
  const results = [];

  if (regex) {
    if (regex.test(value)) {
      results.push({ context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex });
    }
    return results;
  }

  for (const list of lists) {
    const label = list.label ?? 'CUSTOM';
    const decoded = decodedCopy(value, list);
    for (const rule of list) {
      if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
        results.push({ context: label, id: rule.id, description: rule.description, pattern: rule.pattern });
      }
    }
  }

  return results;
}


/* harmony default export */ const src = ((/* unused pure expression or super */ null && (isUnsafe)));

;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js

///@ts-check












// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html, xml]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
// The value is matched with a negated class per quote type rather than a lazy `[\s\S]*?` up to a
// backreference, which is much slower on long values (SVG paths, data URIs)
const attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;

// value inside double quotes, or inside single quotes, or undefined when there is no value
function attrValue(match) {
  return match[3] !== undefined ? match[3] : match[4];
}

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (attrValue(matches[i]) !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : undefined;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      // Store the position after earlier CRLF pairs have been normalized.
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.")
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) {
          //do nothing
        } else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.")
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
}

function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"])
  if (result === false) {
    //do nothing
  } else if (typeof result === "string") {
    childNode.tagname = result
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (code === 34 || code === 39) { // " or '
      // Skip the quoted value in one step: nothing inside it can close the tag
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;
  let lenient = false; // set once a quote-aware tag scan fails
  let nextGt = -1; // cached index of the next '>'

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? undefined : readTagExp(xmlData, i, false);

        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          // no closing '>'. use lenient approach to find '<' instead of readTagExp, to avoid repeated rescans.
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return; // no '>' left, so no closing tag can follow
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) { // looks like a real tag
            const exp = xmlData.substring(i + 1, nextGt);
            const sep = exp.search(/\s/);
            const name = sep === -1 ? exp : exp.substring(0, sep);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          } // else: treat this '<' as plain text
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function fromCodePoint(str, base, prefix) {
  const codePoint = Number.parseInt(str, base);

  if (codePoint >= 0 && codePoint <= 0x10FFFF) {
    return String.fromCodePoint(codePoint);
  } else {
    return prefix + str + ";";
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/node2json.js





const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[node2json_METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/validator.js




const validator_defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validator_validate(xmlData, options) {
  options = Object.assign({}, validator_defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * The scan is forward-only: the cursor never moves backwards, so each
 * character is visited a constant number of times and the cost is linear
 * in the length of the string.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      i++;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return isName(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return isName(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
/* global Uint8Array */






class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = validator_validate(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/fxp.js






const XMLValidator = {
  validate: validator_validate
}

;// CONCATENATED MODULE: ./src/reports/xml-text.ts
/**
 * Text as it appears in a report, made plain. The parser runs with entity
 * processing off (no DTD entity can ever expand), so the five predefined XML
 * entities and numeric character references are decoded here, and nothing
 * else: an undeclared `&foo;` stays literal text.
 */
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const xml_text_NAMED = {
    lt: '<',
    gt: '>',
    amp: '&',
    quot: '"',
    apos: "'"
};
/** The longest entity decoded: `&#x10FFFF;`. */
const LONGEST_ENTITY = 10;
/**
 * Big text is decoded a piece at a time: String.replace keeps every match of
 * its input until it returns, gigabytes for a failure of millions of `&lt;`.
 */
function xml_text_decodeEntities(text, pieceChars = 1 << 20) {
    if (!text.includes('&'))
        return text;
    surrogateDecoded = false;
    const decoded = decodeInPieces(text, pieceChars);
    return surrogateDecoded ? wellFormed(decoded) : decoded;
}
/** Set when a reference to half a surrogate pair was decoded. */
let surrogateDecoded = false;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * References to the two halves of a pair, one after the other (a writer
 * escaping UTF-16 units), make their character; a half alone is no character
 * and could make a server refuse the whole batch: U+FFFD, as HTML parsers do.
 */
function wellFormed(text) {
    return text.replace(LONE_SURROGATE, '\ufffd');
}
function decodeInPieces(text, pieceChars) {
    if (text.length <= pieceChars)
        return decodePiece(text);
    let out = '';
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + pieceChars, text.length);
        // An entity that would straddle the cut goes whole to the next piece.
        const amp = text.lastIndexOf('&', end - 1);
        if (end < text.length && amp > end - LONGEST_ENTITY && amp > start)
            end = amp;
        out += decodePiece(text.slice(start, end));
        start = end;
    }
    return out;
}
function decodePiece(text) {
    // A numeric reference may stand for `&`: one pass, nothing decoded twice.
    if (text.includes('&#'))
        return text.replace(ENTITY, decodeEntity);
    // No replacement makes a new entity, and `&amp;` comes last: the same
    // result, several times faster than a callback per match.
    return text
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&apos;', "'")
        .replaceAll('&amp;', '&');
}
function decodeEntity(whole, name, dec, hex) {
    if (name)
        return xml_text_NAMED[name];
    const codePoint = dec ? Number(dec) : parseInt(hex ?? '', 16);
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
        surrogateDecoded = true;
        return String.fromCharCode(codePoint);
    }
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
}
/** What raw content may hold besides text: kept literally (CDATA) or left out. */
const SECTIONS = [
    { open: '<![CDATA[', close: ']]>', keep: true },
    { open: '<!--', close: '-->', keep: false },
    { open: '<?', close: '?>', keep: false }
];
/**
 * Raw element content (kept unparsed by the parser) as an XML parser reads
 * it: CDATA taken literally, comments and processing instructions left out,
 * the rest entity-decoded. A nested tag stays as text.
 */
function decodeRawContent(raw) {
    if (!raw.includes('<'))
        return xml_text_decodeEntities(raw);
    let out = '';
    let pos = 0;
    let from = 0;
    for (;;) {
        const start = raw.indexOf('<', from);
        if (start < 0)
            break;
        const section = SECTIONS.find((s) => raw.startsWith(s.open, start));
        if (!section) {
            from = start + 1;
            continue;
        }
        out += xml_text_decodeEntities(raw.slice(pos, start));
        const contentStart = start + section.open.length;
        const end = raw.indexOf(section.close, contentStart);
        const contentEnd = end < 0 ? raw.length : end;
        if (section.keep)
            out += raw.slice(contentStart, contentEnd);
        pos = from = end < 0 ? raw.length : end + section.close.length;
    }
    return out + xml_text_decodeEntities(raw.slice(pos));
}
/** What the prolog holds before the root: a DOCTYPE, comments, processing instructions. */
const PROLOG_MARKUP = /<!DOCTYPE|<!--|<\?|<[A-Za-z_]/gi;
/**
 * Where the DOCTYPE starts: before the root element, and not inside one of
 * the prolog's comments or processing instructions (`<!-- no <!DOCTYPE -->`
 * is text); -1 when there is none.
 */
function doctypeStart(xml) {
    PROLOG_MARKUP.lastIndex = 0;
    for (;;) {
        const match = PROLOG_MARKUP.exec(xml);
        if (match === null)
            return -1;
        const [markup] = match;
        if (markup !== '<!--' && markup !== '<?') {
            // The DOCTYPE, or the root element: none can come after it.
            return markup[1] === '!' ? match.index : -1;
        }
        const close = markup === '<?' ? '?>' : '-->';
        const end = xml.indexOf(close, match.index + markup.length);
        // One never closed is malformed; a DOCTYPE after its start is still
        // removed, whatever the parser then makes of it.
        PROLOG_MARKUP.lastIndex =
            end < 0 ? match.index + markup.length : end + close.length;
    }
}
/**
 * Removes a DOCTYPE declaration (with its internal subset) from the prolog,
 * so that no DTD, internal or external, is ever processed.
 */
function stripDoctype(xml) {
    const start = doctypeStart(xml);
    if (start < 0)
        return { xml, hadDoctype: false };
    let depth = 0;
    let quote = '';
    for (let i = start + 2; i < xml.length; i++) {
        const c = xml[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === '<' && (xml.startsWith('<!--', i) || xml[i + 1] === '?')) {
            // A comment or processing instruction in the internal subset: its
            // quotes and brackets are text.
            const close = xml.startsWith('<!--', i) ? '-->' : '?>';
            const end = xml.indexOf(close, i + 2);
            if (end < 0)
                break;
            i = end + close.length - 1;
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '[') {
            depth++;
        }
        else if (c === ']') {
            depth--;
        }
        else if (c === '>' && depth <= 0) {
            // Keep the line count so parse errors still point at the right line.
            const removed = xml.slice(start, i + 1).replace(/[^\n]/g, '');
            return {
                xml: xml.slice(0, start) + removed + xml.slice(i + 1),
                hadDoctype: true
            };
        }
    }
    return { xml: xml.slice(0, start), hadDoctype: true };
}

;// CONCATENATED MODULE: ./src/reports/junit/parser-options.ts
/** Elements whose content we keep raw: fewer objects, and CDATA/markup inside stays text. */
const RAW_ELEMENTS = [
    'failure',
    'error',
    'skipped',
    'system-out',
    'system-err',
    'flakyFailure',
    'flakyError',
    'rerunFailure',
    'rerunError',
    'aborted',
    'warning'
];
/** Attributes we read; the rest (counts, timestamps, hostnames) are not even built. */
const USED_ATTRIBUTES = new Set([
    'name',
    'classname',
    'file',
    'time',
    'status',
    'result',
    'message',
    'type',
    'value',
    // A suite's counts, read only where none of its tests failed (see countedFailures).
    'errors',
    'failures',
    // Erlang common_test's group path (cth_surefire): a suite of its own.
    'group',
    // Where a test is (googletest, PHPUnit, pytest's xunit1, deno, bun,
    // common_test): an annotation's line when its failure names none.
    'line',
    // pytest's suites: its lines count from 0.
    'hostname',
    // Python's junit_xml library's suites, whose lines count from 1 (see countsLinesFromZero).
    'disabled',
    // Qt 5's data row of a failure (see qt5TestCases).
    'tag'
]);
// preserveOrder on (no second pass building plain objects) and jPath off (no
// path string per element) skip a quarter of the parser's time on a big
// report.
const parserOptions = {
    preserveOrder: true,
    jPath: false,
    ignoreAttributes: (name) => !USED_ATTRIBUTES.has(name),
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    trimValues: false,
    allowBooleanAttributes: true,
    // Raw at any depth, also at the top of a piece of a suite (see siblingPieces).
    stopNodes: RAW_ELEMENTS.flatMap((name) => [`*.${name}`, name])
};

;// CONCATENATED MODULE: ./src/reports/junit/xml-nodes.ts
/**
 * The parsed XML as fast-xml-parser gives it with preserveOrder, and the
 * small accessors every reader of it shares (tags, children, attributes, raw
 * content).
 */

/** A comment's node, where comments are kept. */
const COMMENT = '#comment';
const NONE = Object.freeze([]);
/** The element's name, or '#text' for text. */
function tagOf(node) {
    for (const key in node)
        if (key !== ':@')
            return key;
    return '';
}
function childrenOf(element, tag) {
    const children = element[tag];
    return Array.isArray(children) ? children : [];
}
/** The child elements named `tag`, in document order. */
function xml_nodes_elements(children, tag) {
    const found = [];
    for (const child of children)
        if (tag in child)
            found.push(child);
    return found;
}
function attribute(element, name) {
    return xml_text_decodeEntities(rawAttribute(element, name));
}
/** An attribute's value as written, entities still in it. */
function rawAttribute(element, name) {
    const attributes = element[':@'];
    const value = attributes?.[name];
    return typeof value === 'string' ? value : '';
}
/** The text directly inside an element, as written (for a raw element: unparsed, CDATA and entities still in it). */
function rawContent(element, tag) {
    let text = '';
    for (const child of childrenOf(element, tag)) {
        const value = child['#text'];
        if (typeof value === 'string')
            text += value;
    }
    return text;
}

;// CONCATENATED MODULE: ./src/reports/junit/children.ts



const SKIPPED_STATUS = /^(?:skip|skipped|disabled|notrun|not_run|ignored)$/i;
const FAILED_STATUS = /^(?:fail|failed|failure)$/i;
const ERROR_STATUS = /^(?:error|errored)$/i;
/** A line number as written (digits only), counted from 1. */
function lineNumber(text, fromZero) {
    if (!/^\s*\d{1,9}\s*$/.test(text))
        return undefined;
    const line = Number(text) + (fromZero ? 1 : 0);
    return line > 0 ? line : undefined;
}
/**
 * `[[ATTACHMENT|path]]`: how Playwright, Jenkins and QA Sphere's own CLI
 * name a test's files (screenshots, traces) in its output or failures.
 */
/** Where they are written: the output and every raw element (failures, skips). */
const ATTACHMENT_HOLDERS = new Set(RAW_ELEMENTS);
const ATTACHMENT_START = '[[ATTACHMENT|';
function attachmentsOf(children) {
    let paths;
    for (const child of children) {
        const tag = tagOf(child);
        if (!ATTACHMENT_HOLDERS.has(tag))
            continue;
        // Rare: looked for before anything is decoded. A failure's message too,
        // as QA Sphere's CLI reads it.
        const message = rawAttribute(child, 'message');
        if (message.includes(ATTACHMENT_START))
            paths = attachmentPaths(xml_text_decodeEntities(message), paths);
        const raw = rawContent(child, tag);
        if (raw.includes(ATTACHMENT_START))
            paths = attachmentPaths(decodeRawContent(raw), paths);
    }
    return paths ? [...paths] : NONE;
}
/**
 * The closed `[[ATTACHMENT|path]]` paths of a text, added to `paths`. A path
 * runs to the end of its line or the next `[[ATTACHMENT|`, and ends at its
 * first `]]` (a `]` before it is the path's: `shots/login[chromium].png`,
 * `case[1]]]`). Found with indexOf, each looked for once per position: a
 * line of millions of `[[ATTACHMENT|` is read in linear time (a regular
 * expression with a lookahead per character overflowed the stack).
 */
function attachmentPaths(text, paths) {
    // Next positions at or after the current one (-1: none left).
    let lineFeed = -2;
    let carriageReturn = -2;
    let closing = -2;
    const START = ATTACHMENT_START.length;
    for (let at = text.indexOf(ATTACHMENT_START); at >= 0;) {
        const start = at + START;
        const next = text.indexOf(ATTACHMENT_START, start);
        if (lineFeed !== -1 && lineFeed < start)
            lineFeed = text.indexOf('\n', start);
        if (carriageReturn !== -1 && carriageReturn < start)
            carriageReturn = text.indexOf('\r', start);
        let end = text.length;
        for (const stop of [next, lineFeed, carriageReturn])
            if (stop >= 0 && stop < end)
                end = stop;
        if (closing !== -1 && closing < start)
            closing = text.indexOf(']]', start);
        if (closing >= 0 && closing + 2 <= end) {
            let close = closing;
            while (close + 2 < end && text.charCodeAt(close + 2) === 0x5d)
                close++;
            const path = text.slice(start, close).trim();
            if (path)
                (paths ??= new Set()).add(path);
        }
        at = next;
    }
    return paths;
}
/**
 * `result`: googletest's (`status="run" result="skipped"`); before 1.11 a
 * skipped test had no `<skipped>` element.
 */
function outcomeOf(problems, status, result = '') {
    if (problems.some((p) => p.kind === 'failure'))
        return 'failure';
    if (problems.some((p) => p.kind === 'error'))
        return 'error';
    // Surefire/Playwright: failed attempts recorded on a test that passed in the end.
    if (problems.some((p) => p.kind === 'flaky failure' || p.kind === 'flaky error')) {
        return 'flaky';
    }
    if (problems.some((p) => p.kind === 'skipped'))
        return 'skipped';
    if (FAILED_STATUS.test(status))
        return 'failure';
    if (ERROR_STATUS.test(status))
        return 'error';
    if (SKIPPED_STATUS.test(status) || SKIPPED_STATUS.test(result))
        return 'skipped';
    return 'passed';
}
/** Surefire's rerun elements wrap their text in these child elements. */
const RERUN_CHILD_TAGS = /<\/?(?:stackTrace|system-out|system-err)\s*>/g;
function collectProblems(children, tag, kind, into, isRerun = false) {
    for (const element of xml_nodes_elements(children, tag)) {
        let raw = rawContent(element, tag);
        if (isRerun)
            raw = raw.replace(RERUN_CHILD_TAGS, '\n');
        into.push({
            kind,
            message: attribute(element, 'message'),
            type: attribute(element, 'type'),
            details: decodeRawContent(raw).trim()
        });
    }
}
const OUTPUT_TAGS = ['system-out', 'system-err'];
/**
 * A suite's output as @web/test-runner-junit-reporter writes it with
 * `reportLogs`: every test of a file carries the file's browser logs, so
 * they are written once per test, each logged value in a <system-out> of
 * its own. Read once, as the runner's console shows them.
 */
function webTestRunnerOutput(children, tests) {
    const parts = [];
    for (const element of xml_nodes_elements(children, 'system-out')) {
        const text = decodeRawContent(rawContent(element, 'system-out'));
        if (text.trim())
            parts.push(text);
    }
    const size = parts.length / tests;
    const repeated = tests > 1 &&
        Number.isInteger(size) &&
        parts.every((part, i) => part === parts[i % size]);
    return (repeated ? parts.slice(0, size) : parts).join('\n');
}
function outputOf(children, tags = OUTPUT_TAGS) {
    const parts = [];
    for (const tag of tags) {
        for (const element of xml_nodes_elements(children, tag)) {
            const text = decodeRawContent(rawContent(element, tag)).replace(CONSOLE_LAUNCHER_IDS, '');
            if (text.trim())
                parts.push(text);
        }
    }
    return parts.join('\n');
}
/**
 * JUnit 5's ConsoleLauncher names a testcase by its method (`addsItem()`) and
 * writes the display name, where `@DisplayName("BD-12 adds an item")` puts the
 * marker, only at the start of its system-out.
 */
const CONSOLE_LAUNCHER_IDS = /^\s*unique-id: \[engine:[^\n]*\n(?:display-name: ([^\n]*)(?:\n|$))?/;
/** The display name the ConsoleLauncher wrote for a testcase, if any. */
function consoleLauncherName(children) {
    const [output] = xml_nodes_elements(children, 'system-out');
    if (!output)
        return '';
    // Raw, as written: in a CDATA section (read only as far as the name).
    const raw = rawContent(output, 'system-out').trimStart();
    const cdata = raw.startsWith('<![CDATA[');
    const match = CONSOLE_LAUNCHER_IDS.exec(cdata ? raw.slice(9) : raw);
    if (!match?.[1])
        return '';
    const name = cdata
        ? match[1].replace(/\]\]>[\s\S]*$/, '')
        : decodeRawContent(match[1]);
    return name.trim();
}
const MARKER_PROPERTY = /^qasphere$/i;
/** The `<property>` elements of every `<properties>` among `children`. */
function properties(children) {
    return xml_nodes_elements(children, 'properties').flatMap((group) => xml_nodes_elements(childrenOf(group, 'properties'), 'property'));
}
/** `<property name="skip|todo" value="reason">` (node-tap); `false` or empty is no skip. */
function skipProperty(children) {
    return properties(children).some((property) => {
        const name = attribute(property, 'name');
        if (name !== 'skip' && name !== 'todo')
            return false;
        const value = (attribute(property, 'value') || rawContent(property, 'property')).trim();
        return value !== '' && value !== 'false';
    });
}
/** The value of the first `<property name="…">` of that name, '' when none. */
function propertyValue(children, name) {
    const property = properties(children).find((p) => attribute(p, 'name') === name);
    return property ? attribute(property, 'value') : '';
}
function markerProperties(children) {
    return properties(children)
        .filter((property) => MARKER_PROPERTY.test(attribute(property, 'name')))
        .map((property) => attribute(property, 'value') ||
        decodeRawContent(rawContent(property, 'property')));
}
/**
 * Thousands separators where no decimal comma could be meant: `2,503.1`,
 * `1,234,567`. A lone `1,234` is 1.234 s in a decimal-comma locale and
 * `0,123` always is: both refused, as no reader can tell.
 */
const THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3}(?:\.\d*)|(?:,\d{3}){2,}(?:\.\d*)?)$/;
/** Decimal only: Number() would also read `0x10`, `0b11` and `Infinity`. */
// Each digit can belong to one part only: a long run of digits ending in junk
// must fail at once (a hostile report's `time`), not backtrack quadratically.
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Longer is no time a tool writes (a double prints in at most 24 characters). */
const MAX_TIME_CHARS = 64;
/** JUnit `time` in seconds: `1.5`, `2,503.1`, `1.2E-4`, `80.803us`; negative or junk → undefined. */
function parseSeconds(value) {
    let text = value.trim();
    if (text === '' || text.length > MAX_TIME_CHARS)
        return undefined;
    // After its last digit: a unit (or junk, refused there too).
    if (text.charCodeAt(text.length - 1) > 0x39)
        return durationSeconds(text);
    if (text.includes(',')) {
        if (!THOUSANDS.test(text))
            return undefined;
        text = text.replace(/,/g, '');
    }
    if (!DECIMAL.test(text))
        return undefined;
    const seconds = Number(text);
    return Number.isFinite(seconds) ? seconds : undefined;
}
/** A number and its unit, as Kotlin's Duration.toString() writes them. */
const DURATION_PART = /^(\d+(?:\.\d+)?)(d|h|m|s|ms|us|µs|μs|ns)$/;
/** Each unit's seconds as a factor and a power of ten (exact: `80.803us` is 80.803e-6). */
const UNIT_SCALES = {
    d: [86_400, 0],
    h: [3_600, 0],
    m: [60, 0],
    s: [1, 0],
    ms: [1, -3],
    us: [1, -6],
    µs: [1, -6], // U+00B5, the micro sign
    μs: [1, -6], // U+03BC, Greek mu
    ns: [1, -9]
};
/**
 * A time with units, as kotest 5.0 wrote Kotlin's Duration.toString():
 * `80.803us`, `12ms`, `1.5s`, `1m 30.340s`. Each unit once, largest first.
 */
function durationSeconds(text) {
    let seconds = 0;
    let previousUnit = Infinity;
    for (const part of text.split(' ')) {
        const match = DURATION_PART.exec(part);
        if (!match)
            return undefined;
        const [factor, exponent] = UNIT_SCALES[match[2]];
        const unit = factor * 10 ** exponent;
        if (unit >= previousUnit)
            return undefined;
        previousUnit = unit;
        seconds += Number(`${match[1]}e${exponent}`) * factor;
    }
    return Number.isFinite(seconds) ? seconds : undefined;
}

;// CONCATENATED MODULE: ./src/reports/junit/failures.ts
/**
 * Per-tool readers of failures, errors and skips: what a tool writes in a
 * <failure>'s message, type or text, or in a test's or suite's output, that
 * the generic testcase reader cannot know (TAP, EUnit, LuaUnit, Criterion,
 * subunit, pytest-xdist, TestCafe, Ginkgo, Qt 5 and 6, WebdriverIO, jest,
 * googletest, Rust's libtest).
 */




/**
 * TestNG's junitreports (6.x) write a skipped test as an `<error>`: a
 * SkipException the test threw, or a test not run because a method it depends
 * on failed.
 */
function isTestNgSkip(problem) {
    return (/(?:^|\.)\w*SkipException$/.test(problem.type) ||
        (problem.type === 'java.lang.Throwable' &&
            problem.message.endsWith('depends on not successfully finished methods')));
}
const MISSING_DEPENDENCY = /^This test depends on ".*" which does not exist\.$/m;
/** The types of PHPUnit 9's risky tests. */
const PHPUNIT_RISKY = /^PHPUnit\\Framework\\(?:RiskyTestError|OutputError)$/;
/**
 * EUnit's reason line for a failed `?assertEqual` and the like of
 * Erlang/OTP's assert.hrl: `**error:{assertEqual,[{module,m},…`.
 */
const EUNIT_ASSERTION = /^\*\*error:\{(assert(?:Equal|NotEqual|Match|NotMatch|Exception|NotException)?),\[/m;
/**
 * EUnit's surefire reporter means to write a failed assertion as a
 * <failure>, but looks for the exceptions of older EUnit
 * (`assertEqual_failed`): OTP's assertions are written as
 * `<error type="error">`, the reason after `::` and the stack. They are
 * failures, typed by their assertion.
 */
function readEunitAssertion(problem) {
    if (problem.type !== 'error' || !problem.details.startsWith('::'))
        return;
    const match = EUNIT_ASSERTION.exec(problem.details);
    if (!match)
        return;
    problem.kind = 'failure';
    problem.type = match[1];
}
/**
 * LuaUnit writes a failure's or error's message (`test_cart.lua:22:
 * expected: 5, actual: 4`, over several lines for tables and strings) as its
 * `type`, and its stack trace as the text: the message is read as the
 * message, as its console prints it.
 */
function readLuaUnitType(problem) {
    if ((problem.kind === 'failure' || problem.kind === 'error') &&
        problem.message === '' &&
        problem.type !== '') {
        problem.message = problem.type;
        problem.type = '';
    }
}
/** Criterion's message of a failed test, its failed assertions in the details: `2 assertion(s) failed.` */
const CRITERION_ASSERTIONS = /^\d+ assertion\(s\) failed\.$/;
/** Criterion's type of a failed test (its assertions': another tool's text is no list of them). */
const CRITERION_TYPE = 'assert';
/** The start of an assertion in Criterion's details, `tests/cart.c:21: message`; its further lines are indented. */
const CRITERION_ASSERTION_START = /^(?=\S)/m;
/**
 * Criterion writes a test's failed assertions last first (each
 * `file:line: message`): the first that failed, as its console shows them,
 * is put first, so that it is the failure shown and annotated.
 */
function criterionFirstFailedFirst(details) {
    const assertions = details
        .split(CRITERION_ASSERTION_START)
        .map((assertion) => assertion.trimEnd());
    return assertions.length < 2 ? details : assertions.reverse().join('\n');
}
/** What prove says of a test beyond the plan: it counts the test as failed. */
const NOT_IN_THE_PLAN = 'Not in the plan: the script ran more tests than it planned.';
/** TAP::Harness::JUnit's type of a failed test (the class of the TAP result it read). */
const TAP_HARNESS_FAILURE = 'TAP::Parser::Result::Test';
/** Its types of the failed tests it adds for a script (no plan, a bad plan, a non-zero exit). */
const TAP_HARNESS_SCRIPT_FAILURE = /^(?:Plan|Died)$/;
/** Its message of the test it adds for a script that ran more tests than it planned. */
const TAP_HARNESS_EXTRA_TESTS = 'Extra tests tun.';
/** TAP's plan: `1..16`. */
const TAP_PLAN = /^1\.\.\d+\s*$/;
/** A test's line of TAP, its number after `ok`: `not ok 3 - name`. */
const TAP_TEST_LINE = /^(?:not )?ok\b\s*(\d*)/;
/**
 * A line of TAP::Harness::JUnit's <system-out> that ends a test's
 * diagnostics: Test::More's header of a TODO test's failure, a subtest's
 * start, its words on the whole script at the end (`Looks like you failed 2
 * tests of 3.`).
 */
const TAP_NEXT_DIAGNOSTIC = /^#\s*(?:Failed \(TODO\) test\b|Subtest:|Looks like (?:you|your test)\b)/;
const TAP_FAILED_TEST = /^#\s*Failed test\b/;
/**
 * TAP::Harness::JUnit gives a failed test the TAP comments written before
 * its `not ok` line, which with Test::More (its diagnostics follow the line)
 * are the previous test's: `Failed test 'other' at t/x.t line 10.` would be
 * this test's reason and line. Its suite's <system-out> holds the script's
 * TAP in order, each test's line once (less TODO tests, which it writes
 * nowhere): a failed test's diagnostics are the comments after its line
 * there, as TAP::Formatter::JUnit writes them. A test beyond the plan, which
 * prove counts as failed, it writes as passed beside its `Extra tests tun.`
 * failure: failed, as TAP::Formatter::JUnit's UnplannedTest. Its names get
 * ` (2)` once any name of the run repeats, and from then on every name of
 * every script (it counts repeats across scripts): a test takes back the
 * description of its line when no other test of the script has it. Where
 * the output does not hold a test's line where it should, the rest is left
 * as written.
 */
function readTapHarnessSuite(testCases, output) {
    const lines = output.split('\n');
    const extraTests = testCases.some((t) => t.problems.some((p) => p.type === 'Plan' && p.message === TAP_HARNESS_EXTRA_TESTS));
    const planned = Number(lines.find((line) => TAP_PLAN.test(line))?.slice(3) ?? Infinity);
    const names = new Set(testCases.map((t) => t.name));
    /** The name without the harness's ` (N)`, when no other test has it. */
    const takeBack = (testCase, name) => {
        if (name !== '' &&
            testCase.name.startsWith(name) &&
            NUMBERED_AGAIN.test(testCase.name.slice(name.length)) &&
            !names.has(name)) {
            names.add(name);
            testCase.name = name;
        }
    };
    let at = 0;
    for (const testCase of testCases) {
        // The harness's own tests of the script have no line of TAP.
        if (testCase.problems.some((p) => TAP_HARNESS_SCRIPT_FAILURE.test(p.type))) {
            takeBack(testCase, testCase.name.replace(NUMBERED_AGAIN, ''));
            continue;
        }
        while (at < lines.length && !TAP_TEST_LINE.test(lines[at]))
            at++;
        if (at === lines.length)
            return;
        const line = lines[at++].trimEnd();
        const failure = testCase.problems.find((p) => p.type === TAP_HARNESS_FAILURE);
        if (failure) {
            if (failure.message.trim() !== line)
                return;
            failure.details = [line, ...tapDiagnostics(lines, at)].join('\n').trim();
        }
        takeBack(testCase, tapDescription(line));
        const number = Number(TAP_TEST_LINE.exec(line)?.[1]);
        if (extraTests && number > planned && !failedOrErrored(testCase.outcome)) {
            testCase.problems = [
                ...testCase.problems,
                {
                    kind: 'failure',
                    message: NOT_IN_THE_PLAN,
                    type: 'UnplannedTest',
                    details: line
                }
            ];
            testCase.outcome = 'failure';
        }
    }
}
/** What TAP::Harness::JUnit adds to a name it has seen: ` (2)`. */
const NUMBERED_AGAIN = / \(\d+\)$/;
/** A test line's description as the harness names the test: no number, leading `- ` or directive. */
function tapDescription(line) {
    return line
        .replace(TAP_TEST_LINE, '')
        .replace(TAP_DIRECTIVE, '')
        .replace(/^[\s-]*/, '')
        .trim();
}
/** A TAP line's `# SKIP reason` or `# TODO reason`. */
const TAP_DIRECTIVE = /\s*(?<!\\)#\s*(?:skip|todo)\b.*$/i;
/** The comments after a test's line (lines[from] on): its diagnostics, up to another failure's. */
function tapDiagnostics(lines, from) {
    let end = from;
    let failedTests = 0;
    for (; end < lines.length; end++) {
        const line = lines[end];
        if (line.trim() === '')
            continue;
        if (!line.startsWith('#') || TAP_NEXT_DIAGNOSTIC.test(line))
            break;
        if (TAP_FAILED_TEST.test(line) && ++failedTests > 1)
            break;
    }
    return lines.slice(from, end);
}
/**
 * TAP::Formatter::JUnit's errors of tests that prove does not count as
 * errors: a TODO test that passed (prove's "TODO passed"; the script
 * passes), shown as a warning, and a test beyond the plan, which prove
 * counts as failed. False for any other error.
 */
function readTapJunitError(problem) {
    if (problem.type === 'TodoTestSucceeded')
        problem.kind = 'warning';
    else if (problem.type === 'UnplannedTest') {
        problem.kind = 'failure';
        problem.message = NOT_IN_THE_PLAN;
    }
    else
        return false;
    return true;
}
/**
 * pytest-xdist's report of a test whose worker process died (`os._exit`, a
 * segfault, pytest-timeout's thread method): pytest counts the test failed,
 * but its junitxml writes `<error message="failed on setup with &quot;worker
 * 'gw1' crashed while running 'tests/test_x.py::test_y'&quot;">`, whatever
 * the test was doing.
 */
const XDIST_CRASH = /^failed on setup with "(worker '[^'\n]*' crashed while running '[^\n]*')"$/;
/** A test that crashed its xdist worker failed, with xdist's own words. */
function readXdistCrash(problem) {
    const crash = XDIST_CRASH.exec(problem.message);
    if (!crash || problem.details.trim() !== crash[1])
        return;
    problem.kind = 'failure';
    problem.message = crash[1];
}
/** The exception subunit's Python side (testtools) wraps a failure's text in. */
const TESTTOOLS_DETAILS = 'testtools.testresult.real._StringException';
/** The type subunit2junitxml (python-junitxml) gives an unexpected success. */
const UNEXPECTED_SUCCESS = 'unittest.case._UnexpectedSuccess';
/**
 * subunit2junitxml writes a failure's text as testtools wraps it: the
 * traceback after `testtools.testresult.real._StringException: `, which
 * says nothing; that prefix goes. Its unexpected success (a test marked
 * @expectedFailure that passed, which fails the run) has a type only: it
 * gets a message saying so.
 */
function readSubunitFailure(problem) {
    if (problem.kind !== 'failure' && problem.kind !== 'error')
        return;
    if (problem.type === TESTTOOLS_DETAILS &&
        problem.details.startsWith(`${TESTTOOLS_DETAILS}: `))
        problem.details = problem.details
            .slice(TESTTOOLS_DETAILS.length + 2)
            .trimStart();
    else if (problem.type === UNEXPECTED_SUCCESS &&
        problem.message === '' &&
        problem.details === '')
        problem.message =
            'Unexpected success: the test is marked as an expected failure, but it passed.';
}
/** TestCafe's first error, numbered `1) `, and its lines indented under it. */
const TESTCAFE_FIRST_ERROR = /^\s*1\) /;
/** Where TestCafe's error message ends: the browser it failed in. */
const TESTCAFE_BROWSER = /^[ \t]*Browser: /m;
/** A hook's error, headed `- Error in fixture.before hook -` (or `Role initializer`). */
const TESTCAFE_HOOK = /^- (Error in .+) -$/;
/** A frame of the stack TestCafe writes last, in the test's file: `at <anonymous> (/w/tests/cart.test.js:15:35)`. */
const TESTCAFE_FRAME = /^[ \t]+at [^\n(]*\(([^\n()]+):\d+:\d+\)$/m;
/**
 * TestCafe writes a test's errors as one text without a message: each
 * numbered (`1) AssertionError: …`), its message, the browser, the code
 * around the failing line and the stack, which is the test file's. The
 * first error's message becomes the message, without its number and with a
 * hook's heading joined to it (`Error in fixture.before hook: Error: seed
 * failed`); the text is kept. Returns the test's file, from that stack:
 * testcafe-reporter-junit writes none, and a JavaScript error's message
 * holds the page's stack, which is no test source.
 */
function readTestCafeFailure(problem) {
    if (problem.message !== '' || problem.kind !== 'failure')
        return undefined;
    const text = problem.details;
    const start = TESTCAFE_FIRST_ERROR.exec(text);
    if (!start)
        return undefined;
    const rest = text.slice(start[0].length);
    // Always written: without it, this is no TestCafe error.
    const browser = TESTCAFE_BROWSER.exec(rest);
    if (!browser)
        return undefined;
    const lines = rest.slice(0, browser.index).trimEnd().split('\n');
    // Its later lines are indented under its first letter.
    let indent = Infinity;
    for (let i = 1; i < lines.length; i++) {
        const at = lines[i].search(/\S/);
        if (at >= 0 && at < indent)
            indent = at;
    }
    for (let i = 1; i < lines.length; i++)
        lines[i] = lines[i].slice(Math.min(indent, lines[i].length));
    const hook = TESTCAFE_HOOK.exec(lines[0]);
    if (hook && lines.length > 1)
        lines.splice(0, 2, `${hook[1]}: ${lines[1]}`);
    problem.message = lines.join('\n');
    return TESTCAFE_FRAME.exec(rest.slice(browser.index))?.[1];
}
/** What TestCafe's reporters add to a test's name (xunit) or write as its output (testcafe-reporter-junit). */
const TESTCAFE_UNSTABLE = ' (unstable)';
const TESTCAFE_SCREENSHOTS = ' (screenshots: ';
const TESTCAFE_UNSTABLE_OUTPUT = /^[ \t]*\(unstable\)[ \t]*$/m;
/** The screenshot TestCafe took when an error happened (`--screenshots takeOnFails=true`), under the error's message. */
const TESTCAFE_SCREENSHOT = /^[ \t]*Screenshot: ([^\n]*\S)/gm;
/**
 * What TestCafe's reporters say of a test besides its outcome: its xunit
 * reporter adds ` (unstable)` and ` (screenshots: FOLDER)` to the name,
 * testcafe-reporter-junit writes them as the test's output. The screenshots
 * themselves are named in the errors (see testCafeScreenshots).
 */
function testCafeNotes(written, children) {
    let name = written;
    const shots = name.lastIndexOf(TESTCAFE_SCREENSHOTS);
    if (shots >= 0 && name.endsWith(')'))
        name = name.slice(0, shots);
    let unstable = name.endsWith(TESTCAFE_UNSTABLE);
    if (unstable)
        name = name.slice(0, -TESTCAFE_UNSTABLE.length);
    else if (children.length > 0)
        unstable = TESTCAFE_UNSTABLE_OUTPUT.test(outputOf(children));
    return { name, unstable };
}
/** The screenshots TestCafe's errors name, as `[[ATTACHMENT|path]]` lines would. */
function withTestCafeScreenshots(paths, problems) {
    const found = new Set(paths);
    for (const problem of problems)
        for (const [, path] of problem.details.matchAll(TESTCAFE_SCREENSHOT))
            found.add(path);
    return found.size > paths.length ? [...found] : paths;
}
/**
 * A location as Ginkgo v1 writes it, on a line of its own: `/w/cart/cart_test.go:27`,
 * a Go file (its root's attributes are other tools' too: Surefire's).
 */
const GINKGO_LOCATION = /^(\S(?:.*\S)?\.go):(\d{1,9})$/;
/** What Ginkgo v1 adds to a panic's failure after where it happened. */
const GINKGO_PANIC = '\n\nPanic: ';
const GINKGO_STACK = '\n\nFull stack:\n';
/**
 * Ginkgo v1's JUnit reporter writes a failure (and a Skip()'s reason) as
 * one text with no message: the spec's location, Ginkgo's message, and
 * where it failed, each on lines of their own; a panic adds `Panic: value`
 * and a stack (`/w/cart_test.go:27`, `Expected`, `    <int>: 4`, `to
 * equal`, `    <int>: 5`, `/w/cart_test.go:30`). Ginkgo's message becomes
 * the message (with a panic's value: `Test Panicked: assignment to entry in
 * nil map`), the details lose the spec's location, which is returned: where
 * the test is (the annotation's place when where it failed is no file of
 * the workspace, as a panic's runtime file). A skip's reason is the message
 * alone.
 */
function readGinkgoV1(problem) {
    if (problem.message !== '')
        return undefined;
    const text = problem.details;
    const firstBreak = text.indexOf('\n');
    if (firstBreak < 0)
        return undefined;
    const spec = text.slice(0, firstBreak);
    if (!GINKGO_LOCATION.test(spec))
        return undefined;
    const panicAt = problem.type === 'Panic' ? text.indexOf(GINKGO_PANIC) : -1;
    const end = panicAt < 0 ? text.length : panicAt;
    const lastBreak = text.lastIndexOf('\n', end - 1);
    if (!GINKGO_LOCATION.test(text.slice(lastBreak + 1, end)))
        return undefined;
    const message = text.slice(firstBreak + 1, Math.max(lastBreak, firstBreak));
    let panic = '';
    if (panicAt >= 0) {
        const stackAt = text.indexOf(GINKGO_STACK, panicAt);
        panic = text
            .slice(panicAt + GINKGO_PANIC.length, stackAt < 0 ? undefined : stackAt)
            .trim();
    }
    problem.message = panic ? `${message.trim()}: ${panic}` : message;
    problem.details = problem.kind === 'skipped' ? '' : text.slice(firstBreak + 1);
    return spec;
}
/** What Qt 5 writes in a message's comment: `tag="…" message="…" type="qdebug"`. */
const QT5_MESSAGE_FIELD = /\b(tag|message|type)="([^"]*)"/g;
/** Qt 5's `result` of a test function of which a row passed (XFAIL passes). */
const QT5_PASSED = /^(?:pass|xfail)$/;
/**
 * Qt 5's junitxml (QTestLib 5.x) writes a test function's messages (qDebug,
 * qWarning, QSKIP's reason…) only as XML comments in its testcase, `<!--
 * message="…" type="skip" -->`: so is a skip, which nothing else tells. A
 * data row's failure or message carries the row's `tag`, and the rows that
 * passed without a message are not written (Qt counts each row). So a
 * `skip` is a skip, the other messages the test's output, and each row a
 * tag names is a test of its own, `function(tag)`, as Qt 6 and Qt's console
 * name it (a marker in the tag counts); the function itself stays a test
 * when something untagged failed or was skipped, or, as a passed one, when
 * Qt says a row passed (`result="pass"`) and no row named did.
 */
function qt5TestCases(node, testCase) {
    const children = childrenOf(node, 'testcase');
    // Qt 5 writes only failures and comments in a testcase: one holding more
    // is another tool's (a merged report's suite after Qt's), left as written.
    if (children.length === 0 ||
        testCase.output !== '' ||
        testCase.problems.some((p) => p.kind !== 'failure'))
        return [testCase];
    const own = { problems: [], messages: [] };
    const rows = new Map();
    const rowOf = (tag) => {
        if (tag === '')
            return own;
        let row = rows.get(tag);
        if (!row)
            rows.set(tag, (row = { problems: [], messages: [] }));
        return row;
    };
    // Qt 5 writes no other element in a testcase: its problems are these.
    const failures = testCase.problems.filter((p) => p.kind === 'failure');
    let nextFailure = 0;
    for (const child of children) {
        if ('failure' in child) {
            const failure = failures[nextFailure++];
            if (failure)
                rowOf(attribute(child, 'tag')).problems.push(failure);
        }
        else if (COMMENT in child) {
            const { tag, message, type } = qt5Message(rawContent(child, COMMENT));
            const row = rowOf(tag);
            if (type === 'skip')
                row.problems.push({ kind: 'skipped', message, type: '', details: '' });
            else if (message.trim() !== '')
                row.messages.push(message);
        }
    }
    const asTest = (name, row) => {
        const outcome = outcomeOf(row.problems, '');
        return {
            ...testCase,
            name,
            outcome,
            problems: row.problems.length > 0 ? row.problems : NONE,
            output: failedOrErrored(outcome) ? row.messages.join('\n') : ''
        };
    };
    if (rows.size === 0)
        return [asTest(testCase.name, own)];
    const rowTests = [...rows].map(([tag, row]) => asTest(`${testCase.name}(${tag})`, row));
    const functionPassed = QT5_PASSED.test(attribute(node, 'result')) &&
        !rowTests.some((t) => t.outcome === 'passed');
    return own.problems.length > 0 || functionPassed
        ? [asTest(testCase.name, own), ...rowTests]
        : rowTests;
}
/** The fields of a Qt 5 message's comment, decoded ('' when absent). */
function qt5Message(comment) {
    const fields = { tag: '', message: '', type: '' };
    for (const [, name, value] of comment.matchAll(QT5_MESSAGE_FIELD))
        fields[name] = xml_text_decodeEntities(value);
    return fields;
}
/**
 * Qt 6's junitxml writes the first line of a failure's (or skip's)
 * description as its `message` and the rest (QCOMPARE's `Actual` and
 * `Expected` values) as its text: the description is one message again, as
 * Qt's console prints it and Qt 5 wrote it.
 */
function qt6Descriptions(children, problems) {
    for (const kind of ['failure', 'skipped']) {
        const written = problems.filter((p) => p.kind === kind);
        xml_nodes_elements(children, kind).forEach((element, i) => {
            const problem = written[i];
            if (!problem || problem.details === '')
                return;
            const raw = rawContent(element, kind);
            const text = cdataContents(raw) ?? decodeRawContent(raw).trim();
            problem.message = `${problem.message}\n${text}`;
            problem.details = '';
        });
    }
}
/**
 * A Qt 6 test's output: each message is a CDATA section of its own, indented
 * in its <system-out> or <system-err>; the messages, one a line.
 */
function qt6Output(children) {
    const parts = [];
    for (const tag of OUTPUT_TAGS) {
        for (const element of xml_nodes_elements(children, tag)) {
            const raw = rawContent(element, tag);
            const text = cdataContents(raw) ?? decodeRawContent(raw);
            if (text.trim())
                parts.push(text);
        }
    }
    return parts.join('\n');
}
const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
/** The contents of raw text's CDATA sections, one a line, when there is nothing but whitespace around them. */
function cdataContents(raw) {
    const sections = [];
    let end = 0;
    for (const match of raw.matchAll(CDATA_SECTION)) {
        if (raw.slice(end, match.index).trim() !== '')
            return undefined;
        sections.push(match[1]);
        end = match.index + match[0].length;
    }
    if (sections.length === 0 || raw.slice(end).trim() !== '')
        return undefined;
    return sections.join('\n');
}
/**
 * @wdio/junit-reporter writes a failure's message only (or, with
 * `errorOptions`, what it names, often the message as a <failure> and an
 * <error> both), and the error's stack as the test's <system-err>; a failed
 * attempt that mocha then retried is a <skipped/> with its stack there. The
 * stack becomes the failure's text (unless `errorOptions` gave it one), an
 * <error> repeating a <failure>'s message goes, and a skip with a stack is a
 * failed attempt (a flaky failure until mergeWdioRetries sees the attempt
 * after it). Whether the stack is the failure's: the output then is the
 * <system-out> alone.
 */
function wdioStack(children, problems) {
    const stack = outputOf(children, ['system-err']).trim();
    if (!stack)
        return false;
    for (let i = problems.length - 1; i >= 0; i--) {
        const p = problems[i];
        if (p.kind === 'error' &&
            problems.some((f) => f.kind === 'failure' && f.message === p.message))
            problems.splice(i, 1);
    }
    const failed = problems.filter(isFailureOrError);
    if (failed.length === 0) {
        const skip = problems.findIndex((p) => p.kind === 'skipped');
        if (skip < 0)
            return false;
        problems[skip] = {
            kind: 'flaky failure',
            message: stackMessage(stack),
            type: '',
            details: stack
        };
    }
    else if (failed.every((p) => p.details === ''))
        failed[0].details = stack;
    return true;
}
/** The message of a JavaScript error's stack, as @wdio/junit-reporter writes it in a failure's `message`. */
function stackMessage(stack) {
    const frame = stack.search(/\n\s+at /);
    return (frame < 0 ? stack : stack.slice(0, frame)).replace(/^\w*Error: /, '');
}
/** A jest-junit execution error's JSON is read up to this long (an error's stack is short). */
const JEST_ERROR_JSON_CHARS = 1_000_000;
/**
 * jest-junit writes an afterAll's (or a file's) failure as the error's JSON,
 * `{"message":"","stack":"Error: could not close db\n    at …"}`: its stack,
 * or its message, is the failure's text.
 */
function readJestExecutionError(problem) {
    const json = problem.details.trim();
    if (!json.startsWith('{') || json.length > JEST_ERROR_JSON_CHARS)
        return;
    let error;
    try {
        error = JSON.parse(json);
    }
    catch {
        return;
    }
    if (typeof error !== 'object' || error === null)
        return;
    const { message, stack } = error;
    const text = typeof stack === 'string' && stack.trim()
        ? stack
        : typeof message === 'string'
            ? message
            : '';
    if (!text.trim())
        return;
    problem.details = text;
}
/** Rust's libtest writes every failure so: `<failure type="assert"/>`, the panic in the output. */
function isBareAssert(problem) {
    return (problem.kind === 'failure' &&
        problem.type === 'assert' &&
        problem.message === '' &&
        problem.details === '');
}
/** CTest's failure: `<failure message=""/>` (the test program's exit status is all it knows). */
function isBareCtestFailure(problem) {
    return (problem.kind === 'failure' &&
        problem.type === '' &&
        problem.message === '' &&
        problem.details === '');
}
/** googletest's console line before a failure: `/src/cart_test.cpp:6: Failure`, `unknown file: Failure`. */
const GTEST_FAILURE = /^(unknown file|\S.*?:\d+): Failure$/;
/** googletest's console line after a test's failures: `[  FAILED  ] Cart.total (0 ms)`. */
const GTEST_STATUS = /^\[ {0,2}(?:FAILED|OK|RUN|SKIPPED) {0,6}\] /;
/** Failures of one test read from its output, at most (googletest's failures in a loop). */
const MAX_OUTPUT_FAILURES = 100;
/**
 * Gives CTest's bare failure of a googletest program (gtest_discover_tests)
 * the failures googletest printed, as googletest's own XML writes them
 * (`cart_test.cpp:6` and the message), one failure each; the output is left
 * as it is.
 */
function takeGoogletestFailures(problems, output) {
    if (!output.includes(': Failure'))
        return;
    const lines = output.split('\n');
    let block;
    const blocks = [];
    const close = () => {
        if (block)
            blocks.push(block.join('\n').trim());
        block = undefined;
    };
    for (const line of lines) {
        if (blocks.length === MAX_OUTPUT_FAILURES)
            break;
        const header = GTEST_FAILURE.exec(line.trimEnd());
        if (header) {
            close();
            block = [header[1]];
        }
        else if (GTEST_STATUS.test(line))
            close();
        else
            block?.push(line);
    }
    close();
    if (blocks.length === 0)
        return;
    const [first] = problems;
    first.details = blocks[0];
    for (const details of blocks.slice(1))
        problems.push({ kind: 'failure', message: '', type: '', details });
}
/** `thread 'tests::t' (3655) panicked at src/lib.rs:32:9:`, the message on the next lines (before Rust 1.73: `panicked at 'message', src/lib.rs:32:9`). */
const RUST_PANIC = /^thread '[^'\n]*'(?: \(\d+\))? panicked at (?:'(.*)', \S+|\S+:)$/m;
/** What libtest prints of an Err a test returned. */
const RUST_RETURNED_ERROR = /(?:^|\n)(Error: [^\n]*)\s*$/;
/**
 * Gives a bare libtest failure the panic (or returned Err) libtest wrote at
 * the end of the test's output; returns the output before it.
 */
function takeLibtestFailure(problem, output) {
    const panic = RUST_PANIC.exec(output);
    if (panic) {
        const details = output.slice(panic.index).trim();
        problem.details = details;
        problem.message =
            panic[1] ??
                details
                    .split('\n')
                    .slice(1)
                    .find((line) => line.trim() !== '') ??
                '';
        return output.slice(0, panic.index).trimEnd();
    }
    const returned = RUST_RETURNED_ERROR.exec(output);
    if (!returned)
        return output;
    problem.message = returned[1];
    return output.slice(0, returned.index).trimEnd();
}
/** All Bazel knows of a failed test whose binary writes no report of its own. */
const BAZEL_EXIT_CODE = /^exited with error code \d+$/;
/** Bazel's last line of the log of a test it stopped (exit code 142, SIGALRM). */
const BAZEL_TIMED_OUT = /\n-- Test timed out at [^\n]* --\s*$/;
/**
 * Bazel writes the test.xml of a test whose binary writes no report itself
 * as one testcase named as its suite (`cart/checkout_test`), without a
 * classname, and a failed run as an empty `<error message="exited with
 * error code N">`. Bazel's summary says FAILED (TIMEOUT for code 142), as
 * the test's own tool would: a failure, not an error (blocked). A timeout
 * says so, as the log's last line does.
 */
function readBazelExitCodes(testCases) {
    for (const testCase of testCases) {
        const { problems } = testCase;
        if (problems.length !== 1)
            continue;
        const [problem] = problems;
        if (problem.kind === 'error' &&
            problem.type === '' &&
            problem.details === '' &&
            BAZEL_EXIT_CODE.test(problem.message) &&
            testCase.classname === '' &&
            testCase.suites.length === 1 &&
            testCase.suites[0] === testCase.name) {
            problem.kind = 'failure';
            testCase.outcome = 'failure';
            if (problem.message.endsWith(' 142') &&
                BAZEL_TIMED_OUT.test(testCase.output))
                problem.message = `timed out (${problem.message})`;
        }
    }
}

;// CONCATENATED MODULE: ./src/reports/junit/retries.ts
/**
 * Retries written as repeated testcases, merged into one flaky (or failed)
 * test: generically by name and order, and WebdriverIO's by its marks.
 */

/**
 * Retries written as repeated testcases (gotestsum's --rerun-fails, Xcode's
 * through fastlane, Gradle's test-retry, pytest-rerunfailures 16.6.1): the
 * same classname and name in one suite, failing and then passing. They
 * become one flaky test showing every failed attempt. A pass before a
 * failure is no retry: those stay separate tests, so the failure counts.
 */
function mergeRetries(testCases) {
    if (testCases.length < 2)
        return testCases;
    // Repeated names are rare: find out cheaply before building keys.
    const names = new Set();
    for (const t of testCases)
        names.add(t.name);
    if (names.size === testCases.length)
        return testCases;
    const byKey = new Map();
    for (const t of testCases) {
        // Display names repeat (`[1] 3` for every parametrized method): the
        // name attribute tells the tests apart.
        const key = `${t.classname}\u0000${t.name}\u0000${t.reportedName}`;
        const same = byKey.get(key);
        if (same)
            same.push(t);
        else
            byKey.set(key, [t]);
    }
    if (byKey.size === testCases.length)
        return testCases;
    // gotestsum writes a suite's failures first, then skips, then passes: the
    // order cannot tell retries from the runs of `go test -count=N`. Only a
    // failed test is retried, so one that passed or was skipped twice means
    // the suite ran N times: its repeats are runs, and a failure counts.
    // gotestsum's --rerun-fails reruns a failed subtest alone, under its
    // parent: the parent passes in every rerun, and that is no sign of runs.
    const parents = subtestParents(names);
    // Older gotestsum also reruns a failed subtest that has subtests whole
    // (`-run '^TestA$/^card$'`), beside each of its failed subtests: what is
    // under it passes again in each.
    const failedNames = new Set();
    for (const t of testCases)
        if (failedOrErrored(t.outcome))
            failedNames.add(t.name);
    const underFailedSubtest = (name) => {
        for (let at = name.lastIndexOf('/'); at > 0; at = name.lastIndexOf('/', at - 1)) {
            const ancestor = name.slice(0, at);
            if (ancestor.includes('/') && failedNames.has(ancestor))
                return true;
        }
        return false;
    };
    for (const attempts of byKey.values())
        if (attempts.length > 1 &&
            !parents.has(attempts[0].name) &&
            !underFailedSubtest(attempts[0].name) &&
            passedOrSkippedTwice(attempts))
            return testCases;
    const merged = [];
    for (const attempts of byKey.values()) {
        const failed = attempts.filter((t) => failedOrErrored(t.outcome));
        const retried = attempts.length > 1 &&
            (parents.has(attempts[0].name)
                ? parentRetried(attempts, byKey)
                : underFailedSubtest(attempts[0].name)
                    ? failedThenPassed(attempts)
                    : isRetrySequence(attempts));
        if (!retried) {
            for (const attempt of attempts)
                merged.push(attempt);
            continue;
        }
        const problems = [];
        for (const attempt of attempts) {
            for (const p of attempt.problems) {
                if (p.kind === 'failure')
                    problems.push({ ...p, kind: 'flaky failure' });
                else if (p.kind === 'error')
                    problems.push({ ...p, kind: 'flaky error' });
                else if (p.kind !== 'skipped')
                    problems.push(p);
            }
        }
        const seconds = attempts.reduce((sum, t) => (t.seconds === undefined ? sum : (sum ?? 0) + t.seconds), undefined);
        merged.push({
            ...attempts[0],
            outcome: 'flaky',
            seconds,
            problems,
            output: failed
                .map((t) => t.output)
                .filter(Boolean)
                .join('\n'),
            // Every attempt's files (Playwright writes a trace per retry).
            attachments: [...new Set(attempts.flatMap((t) => t.attachments))]
        });
    }
    return merged;
}
/** Names of go tests with subtests in the suite (`TestCart` of `TestCart/add`). */
function subtestParents(names) {
    const parents = new Set();
    for (const name of names) {
        for (let at = name.indexOf('/'); at > 0; at = name.indexOf('/', at + 1))
            parents.add(name.slice(0, at));
    }
    return parents;
}
/**
 * A go parent test rerun for its subtests (gotestsum --rerun-fails) is
 * flaky when it failed and passed, and every subtest of it that failed
 * passed on a retry; else its failure counts (a subtest still failing: its
 * parent's pass is another subtest's rerun, written last).
 */
function parentRetried(attempts, byKey) {
    const parent = attempts[0];
    if (!attempts.some((t) => failedOrErrored(t.outcome)) ||
        !attempts.some((t) => t.outcome === 'passed'))
        return false;
    for (const sub of byKey.values()) {
        const [first] = sub;
        if (first.classname !== parent.classname ||
            !first.name.startsWith(`${parent.name}/`) ||
            !sub.some((t) => failedOrErrored(t.outcome)))
            continue;
        // Subtests a level or more down pass in each rerun of one under the
        // parent: failures, then one pass or more.
        if (!failedThenPassed(sub))
            return false;
    }
    return true;
}
/**
 * A go subtest's attempts under gotestsum --rerun-fails: failed attempts
 * (failing the same way), then passes only, as it may run again in the
 * rerun of another subtest under its parent.
 */
function failedThenPassed(attempts) {
    const ran = attempts.filter((t) => t.outcome !== 'skipped');
    const firstPass = ran.findIndex((t) => !failedOrErrored(t.outcome));
    return (firstPass > 0 &&
        ran.slice(firstPass).every((t) => t.outcome === 'passed') &&
        isRetrySequence(ran.slice(0, firstPass + 1)));
}
function passedOrSkippedTwice(attempts) {
    let passed = 0;
    let skipped = 0;
    for (const { outcome } of attempts) {
        if (outcome === 'passed')
            passed++;
        else if (outcome === 'skipped')
            skipped++;
    }
    return passed > 1 || skipped > 1;
}
/**
 * Failed attempts, then one pass at the end (skipped attempts aside): retry
 * tools stop at the first pass. Any other mix is several tests of one title.
 */
function isRetrySequence(attempts) {
    // minitest-reporters (1.0) writes this classname for every test: tests of
    // different classes would look like attempts of one.
    if (attempts[0].classname === 'Minitest::Result')
        return false;
    const ran = attempts.filter((t) => t.outcome !== 'skipped');
    const last = ran[ran.length - 1];
    if (ran.length < 2 || (last.outcome !== 'passed' && last.outcome !== 'flaky'))
        return false;
    const failed = ran.slice(0, -1);
    if (!failed.every((t) => failedOrErrored(t.outcome)))
        return false;
    // Attempts of one test fail the same way; failures that differ are
    // different tests that share a name.
    const first = failureMessage(failed[0]);
    return failed.every((t) => failureMessage(t) === first);
}
/**
 * WebdriverIO's junit reporter writes each failed attempt of a test that
 * mocha retries (`this.retries(n)`) as a skipped testcase (read as a failed
 * attempt by toTestCase), right before the next attempt under the same name.
 * The attempts are one test: flaky when the last one passed, else failed (or
 * errored) with every attempt's failure, the first one first.
 */
function mergeWdioRetries(testCases) {
    const merged = [];
    let attempts = [];
    const sameTest = (a, b) => a.classname === b.classname && a.name === b.name;
    // An attempt with no later one (not written so): a failure.
    const failedAttempt = (t) => ({
        ...t,
        outcome: 'failure',
        problems: t.problems.map((p) => p.kind === 'flaky failure' ? { ...p, kind: 'failure' } : p)
    });
    for (const testCase of testCases) {
        if (attempts.length > 0 && !sameTest(attempts[0], testCase)) {
            for (const attempt of attempts)
                merged.push(failedAttempt(attempt));
            attempts = [];
        }
        if (testCase.outcome === 'flaky') {
            attempts.push(testCase);
            continue;
        }
        if (attempts.length === 0) {
            merged.push(testCase);
            continue;
        }
        const passed = testCase.outcome === 'passed';
        const runs = [...attempts, testCase];
        merged.push({
            ...testCase,
            outcome: passed ? 'flaky' : testCase.outcome,
            seconds: runs.reduce((sum, t) => (t.seconds === undefined ? sum : (sum ?? 0) + t.seconds), undefined),
            problems: runs.flatMap((t) => passed ? t.problems : failedAttempt(t).problems),
            output: (passed ? attempts : runs)
                .map((t) => t.output)
                .filter(Boolean)
                .join('\n'),
            attachments: [...new Set(runs.flatMap((t) => t.attachments))]
        });
        attempts = [];
    }
    for (const attempt of attempts)
        merged.push(failedAttempt(attempt));
    return merged;
}
/** The first line of a test's first failure or error message. */
function failureMessage(testCase) {
    const problem = testCase.problems.find(isFailureOrError);
    return problem ? problem.message.trim().split('\n', 1)[0] : '';
}
/**
 * Bazel, retrying a failed test (`flaky = True`, `--flaky_test_attempts`),
 * keeps each failed attempt's report as `test_attempts/attempt_N.xml` beside
 * the last attempt's `test.xml` (the `attempt_N.xml` of a `run_N_of_M/` or
 * `shard_N_of_M/` folder too). Only attempts that were retried are kept
 * there, so each of its failures is an attempt of a test that ran again:
 * read as a flaky failure, the test is flaky when its `test.xml` passed and
 * failed when that failed too (the worst of a marker's tests wins), as
 * Bazel's own summary says (`FLAKY, failed in 1 out of 2`).
 */
const BAZEL_EARLIER_ATTEMPT = /(?:^|[\\/])test_attempts[\\/]attempt_\d+\.xml$/;
function bazelEarlierAttempts(reportFile, testCases) {
    if (!BAZEL_EARLIER_ATTEMPT.test(reportFile))
        return;
    for (const testCase of testCases) {
        if (!failedOrErrored(testCase.outcome))
            continue;
        testCase.outcome = 'flaky';
        testCase.problems = testCase.problems.map((p) => p.kind === 'failure'
            ? { ...p, kind: 'flaky failure' }
            : p.kind === 'error'
                ? { ...p, kind: 'flaky error' }
                : p);
    }
}

;// CONCATENATED MODULE: ./src/reports/junit/suite-rules.ts
/**
 * The rules of the tools whose suites need more than the generic reading:
 * names and classnames that join describe blocks' titles, escaped quotes,
 * line breaks written as text, jest-junit's execution errors. Each runs on a
 * suite's own test cases once they are read (see suiteRulesOfTools).
 */


/** How vitest joins a test's describe blocks' titles and its own into its name. */
const VITEST_NAME_JOIN = ' > ';
/** How bun joins a test's describe blocks, innermost first, into its classname. */
const BUN_CLASSNAME_JOIN = ' > ';
/** How Playwright joins a test's describe blocks' titles and its own, outermost first, into its name. */
const PLAYWRIGHT_TITLE_JOIN = ' \u203a ';
/** How cucumber-js joins a scenario's Rule's name and its own (and its example's) into its name. */
const CUCUMBER_JS_NAME_JOIN = ' - ';
/** cucumber-js's number of an outline's example in a scenario's name: `#1.2` or `#1.2: even 4`. */
const CUCUMBER_JS_EXAMPLE = /^#\d+\.\d+(?:: |$)/;
/**
 * A pytest classname that is a module's dotted path and its (nested) test
 * classes' names, each a Python identifier: `tests.test_x.TestOuter.TestInner`
 * (after its first character, combining marks and connectors too: `TestShopकरें`).
 */
const PYTEST_DOTTED_CLASSNAME = /^[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]*)+$/u;
/** How node-tap joins a test's file and subtests' names into its classname. */
const NODE_TAP_CLASSNAME_JOIN = ' > ';
/**
 * A nested Java class's binary name: its package's and outermost class's
 * names joined by `.`, then each enclosing class's and its own by `$`
 * (`demo.CartTest$TestBd5Checkout$TestBd6Shipping`); no anonymous class.
 */
const JAVA_NESTED_CLASSNAME = /^[\p{L}\p{Nl}_$][\p{L}\p{N}_]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{N}_]*)*(?:\$[\p{L}\p{Nl}_][\p{L}\p{N}_]*)+$/u;
/**
 * The start of a test's name that Surefire 3's JUnit 5 reporter writes with
 * usePhrasedTestCaseMethodName for a parameterized test's invocation or a
 * dynamic test: its method's default display name, its name and its
 * parameters' types in parentheses, then a space before the test's own
 * display name (`testBd12Totals(int, int) BD-13 total of 1 and 1`).
 */
const SUREFIRE3_PHRASED_METHOD = /^[\p{L}\p{Nl}_$][\p{L}\p{N}_$]*\([\p{L}\p{N}_$.[\], ]*\)(?= \S)/u;
/** How CppUTest writes a line break in a failure's message and in its output. */
const CPPUTEST_NEWLINE = '{newline}';
/**
 * What a suite's tests need of the rules of the tool that wrote it (each
 * rule knows its tool's suites by their shape; see ReportSource). Apart
 * from collectSuiteParts, which runs for every suite of every report.
 */
function suiteRulesOfTools(own, name, outer, source) {
    if (source.jestJunit)
        jestJunitSuite(own, name, outer);
    if (source.qtest === 6)
        dropUncountedCleanup(own);
    if (source.nodeTest)
        nodeTestQuotes(own);
    if (source.testthat)
        testthatSuite(own);
    if (source.cpputest)
        cpputestSuite(own);
    if (source.bun)
        bunSuite(own);
    if (source.vitest)
        titlesInName(own, VITEST_NAME_JOIN);
    if (source.mochaJunit)
        mochaJunitSuite(own, name, source.mochaJunitSteps);
    if (source.playwright)
        titlesInName(own, PLAYWRIGHT_TITLE_JOIN);
    if (source.jasmineBlocks)
        jasmineSuite(own, name, source.jasmineBlocks);
    if (source.karma)
        karmaSuite(own, name);
    if (source.pytest)
        pytestSuite(own);
    if (source.nodeTap)
        nodeTapSuite(own);
    if (source.javaNested)
        javaNestedSuite(own);
    if (source.surefire3)
        surefire3Suite(own);
    if (source.wdio)
        wdioSuite(own, source.wdio.title);
    if (source.cucumberJs)
        cucumberJsSuite(own);
}
/**
 * cucumber-js's junit formatter names a scenario inside a Gherkin `Rule:`
 * after the rule's name and its own joined by ` - ` (`BD-801 free shipping -
 * BD-803 own marker`; an outline's example adds ` - #1.2: …`), its class
 * after its feature. A scenario's own ` - ` cannot be told from the join: a
 * first part counts as a rule's name where two scenarios of one feature
 * start with it and differ in the next part (a rule of one scenario, or of
 * one outline alone, is not told; an outline's examples are one scenario).
 * There the rest is the scenario's own title (see TestCase.nameAfterSuite)
 * and the rule's name comes next (see TestCase.blocks), so a marked
 * scenario in a marked rule takes its own marker only; either alone reads
 * as before.
 */
function cucumberJsSuite(testCases) {
    const rules = new Map();
    for (const testCase of testCases) {
        const { name } = testCase;
        const at = name.indexOf(CUCUMBER_JS_NAME_JOIN);
        if (at <= 0)
            continue;
        const title = name.slice(0, at);
        const rest = name.slice(at + CUCUMBER_JS_NAME_JOIN.length);
        const end = rest.indexOf(CUCUMBER_JS_NAME_JOIN);
        const key = testCase.classname + '\n' + title;
        let rule = rules.get(key);
        if (!rule) {
            rule = { tests: [], next: new Set(), blocks: [title] };
            rules.set(key, rule);
        }
        rule.tests.push(testCase);
        const next = end < 0 ? rest : rest.slice(0, end);
        // An outline's examples (`even <n> - #1.2: even 4`) are one scenario.
        if (!CUCUMBER_JS_EXAMPLE.test(next))
            rule.next.add(next);
    }
    for (const { tests, next, blocks } of rules.values()) {
        if (next.size < 2)
            continue;
        for (const testCase of tests) {
            if (testCase.blocks || testCase.nameAfterSuite)
                continue;
            testCase.nameAfterSuite = blocks[0].length + CUCUMBER_JS_NAME_JOIN.length;
            testCase.blocks = blocks;
        }
    }
}
/** testthat's skip message: `Reason: empty test ('test-cart.R:16')`. */
const TESTTHAT_SKIP_REASON = /^Reason: /;
/**
 * What testthat's JunitReporter writes its own way, read in a file's suite:
 * names with `_` for the hyphen of a marker, and skips whose message starts
 * with `Reason: `, which the comment says already.
 */
function testthatSuite(testCases) {
    for (const testCase of testCases) {
        testCase.underscoredMarkers = true;
        for (const problem of testCase.problems)
            if (problem.kind === 'skipped')
                problem.message = problem.message.replace(TESTTHAT_SKIP_REASON, '');
    }
}
/**
 * CppUTest writes each line break of a failure's message (its values on
 * lines of their own, a memory leak's or a mock's report) and of its
 * suite's output as `{newline}`: read as the line breaks its console shows.
 */
function cpputestSuite(testCases) {
    for (const testCase of testCases) {
        testCase.output = cpputestLines(testCase.output);
        for (const problem of testCase.problems) {
            problem.message = cpputestLines(problem.message);
            problem.details = cpputestLines(problem.details);
        }
    }
}
function cpputestLines(text) {
    return text.includes(CPPUTEST_NEWLINE)
        ? text.replaceAll(CPPUTEST_NEWLINE, '\n')
        : text;
}
/**
 * @wdio/junit-reporter names a test's class after its capabilities and its
 * describe blocks' titles joined by `.`, each title's spaces as `_`
 * (`chrome.156_0.linux.BD-20_outer.BD-21_inner`); a block's suite is named
 * after its own title only. Where the classname ends with its suite's
 * title, that title counts first, then the rest of the classname's parts
 * between dots, nearest first (see TestCase.blocks), not every enclosing
 * block's at once. A title's own `.` cannot be told from the join.
 */
function wdioSuite(testCases, title) {
    if (title === '')
        return;
    // One list per classname, shared by the suite's tests.
    const byClassname = new Map();
    for (const tail of new Set(['.' + title.replace(/\s/g, '_'), '.' + title]))
        for (const testCase of testCases) {
            const { classname } = testCase;
            if (testCase.blocks || !classname.endsWith(tail))
                continue;
            let blocks = byClassname.get(classname);
            if (!blocks) {
                const outer = classname.slice(0, classname.length - tail.length);
                blocks = [title, ...outer.split('.').reverse()];
                byClassname.set(classname, blocks);
            }
            testCase.blocks = blocks;
        }
}
/**
 * Maven Surefire, Ant `<junitlauncher>` and the ConsoleLauncher name a
 * @Nested class's test's class after its enclosing classes, joined by `$`
 * (`demo.CartTest$TestBd5Checkout$TestBd6Shipping`): the classes are read
 * nearest first (see TestCase.blocks), so the nearest marked class counts,
 * not every one.
 */
function javaNestedSuite(testCases) {
    classnameBlocks(testCases, (classname) => JAVA_NESTED_CLASSNAME.test(classname)
        ? classname.split('$').reverse()
        : undefined);
}
/**
 * Surefire 3's JUnit 5 reporter, with usePhrasedTestCaseMethodName, names a
 * parameterized test's invocation and a dynamic test after its method's
 * display name and its own (`testBd12Totals(int, int) BD-13 total of 1`):
 * where the method's is its default (its name and parameters' types), the
 * rest is the test's own title (see TestCase.nameAfterSuite) and the
 * method comes next, before the classes (see TestCase.blocks), so an
 * invocation's own marker counts, not its method's too. A method's
 * @DisplayName cannot be told from the invocation's: such a name is read
 * whole.
 */
function surefire3Suite(testCases) {
    // A method's invocations are in a row and share their blocks.
    let method = '';
    let classBlocks;
    let blocks = [];
    for (const testCase of testCases) {
        if (testCase.nameAfterSuite)
            continue;
        const found = SUREFIRE3_PHRASED_METHOD.exec(testCase.name)?.[0];
        if (found === undefined)
            continue;
        if (found !== method || testCase.blocks !== classBlocks) {
            method = found;
            classBlocks = testCase.blocks;
            blocks = [found, ...(classBlocks ?? [])];
        }
        testCase.nameAfterSuite = found.length + 1;
        testCase.blocks = blocks;
    }
}
/**
 * node-tap names a test's (or assertion's) class after its file and
 * enclosing subtests, joined by ` > ` (`test/cart.test.mjs > BD-20 outer >
 * BD-21 inner`), each a suite of its own: where a classname is just its
 * suites' names so joined, its markers are read from its suites, nearest
 * first (see classnameOfSuites), not every enclosing subtest's at once.
 */
function nodeTapSuite(testCases) {
    classnameJoiningSuites(testCases, NODE_TAP_CLASSNAME_JOIN);
}
/**
 * Marks the test cases whose classname is just their suites' names joined
 * by `join`, outermost first (node:test's, node-tap's): their markers are
 * read from their suites, nearest first (see classnameOfSuites). The join
 * is made once per list of suites, which a suite's tests share.
 */
function classnameJoiningSuites(testCases, join) {
    let suites;
    let joined = '';
    for (const testCase of testCases) {
        if (testCase.suites.length === 0)
            continue;
        if (testCase.suites !== suites) {
            suites = testCase.suites;
            joined = [...suites].reverse().join(join);
        }
        if (testCase.classname === joined)
            testCase.classnameOfSuites = true;
    }
}
/**
 * bun names a test's class after its describe blocks, innermost first,
 * joined by ` > ` (`BD-21 inner > BD-20 outer`): where a classname is just
 * that, its markers are read from its suites, nearest first (see
 * classnameOfSuites), not every enclosing block's at once.
 */
function bunSuite(testCases) {
    for (const testCase of testCases) {
        const { classname, suites } = testCase;
        if (classname === '')
            continue;
        let joined = '';
        for (const suite of suites) {
            joined = joined === '' ? suite : joined + BUN_CLASSNAME_JOIN + suite;
            if (joined.length > classname.length)
                break;
            if (joined === classname) {
                testCase.classnameOfSuites = true;
                break;
            }
        }
    }
}
/**
 * vitest and Playwright name a test after its describe blocks' titles and
 * its own, outermost first, joined by `join` (vitest's ` > `: `BD-20 outer >
 * BD-21 inner > fails`; Playwright's ` › `): the last title is the test's
 * own (see TestCase.nameAfterSuite); where it has no marker, the blocks',
 * nearest first (see TestCase.blocks), not every block's at once.
 */
function titlesInName(testCases, join) {
    // One list per run of blocks, shared by their tests.
    const byBlocks = new Map();
    for (const testCase of testCases) {
        const { name } = testCase;
        const at = name.lastIndexOf(join);
        if (at < 0)
            continue;
        const joined = name.slice(0, at);
        let blocks = byBlocks.get(joined);
        if (!blocks) {
            blocks = joined.split(join).reverse();
            byBlocks.set(joined, blocks);
        }
        testCase.nameAfterSuite = at + join.length;
        testCase.blocks = blocks;
    }
}
/**
 * mocha-junit-reporter writes a suite per describe block, named after its
 * title (`BD-21 inner`), and a test's full title, its blocks' titles and its
 * own joined by spaces (`BD-20 outer BD-21 inner fails`), as its name and its
 * own title as its classname, or (testCaseSwitchClassnameAndName) the other
 * way round. Where the full title is that, the test's markers are its own
 * title's; then its suite's, then those of the titles before that (which
 * spaces cannot tell apart), not every block's at once (see TestCase.blocks).
 */
function mochaJunitSuite(testCases, suiteName, steps) {
    if (!suiteName)
        return;
    // The titles depend on the blocks' part of the full title (or, where
    // there is none, the classname) alone: one list each, shared by its tests.
    const titlesOf = new Map();
    const read = (blocks, classname) => {
        const outer = blocks === undefined
            ? undefined
            : blocks === suiteName
                ? ''
                : blocks.endsWith(' ' + suiteName)
                    ? blocks.slice(0, blocks.length - suiteName.length - 1)
                    : undefined;
        if (outer !== undefined)
            return outer ? [suiteName, outer] : [suiteName];
        if (!steps)
            return undefined;
        return blocks === undefined
            ? jenkinsTitles(steps, suiteName, classname)
            : fullSuiteTitles(steps, blocks);
    };
    for (const testCase of testCases) {
        const { name, classname } = testCase;
        const switched = classname.endsWith(' ' + name);
        const title = switched ? name : classname;
        const full = switched ? classname : name;
        const fullTitle = title !== '' && full.endsWith(' ' + title);
        const blocks = fullTitle
            ? full.slice(0, full.length - title.length - 1)
            : undefined;
        const key = blocks === undefined ? `\0${classname}` : blocks;
        let titles = titlesOf.get(key);
        if (titles === undefined && !titlesOf.has(key)) {
            titles = read(blocks, classname);
            titlesOf.set(key, titles);
        }
        if (!titles)
            continue;
        testCase.blocks = titles;
        if (switched || blocks === undefined)
            testCase.classnameOfSuites = true;
        else
            testCase.nameAfterSuite = blocks.length + 1;
    }
}
/**
 * mocha-junit-reporter's useFullSuiteTitle names a block's suite after the
 * root suite's title, the blocks' titles and its own joined by
 * suiteTitleSeparatedBy (a space by default: `Root Suite BD-20 outer BD-21
 * inner`; `Root Suite.BD-20 outer.BD-21 inner`) and a test's full title
 * joins them by spaces (`blocks`, `BD-20 outer BD-21 inner`): the blocks'
 * titles, nearest first, where the suite's name's steps (see
 * mochaJunitSuiteSteps) and the full title agree on them and on one
 * separator.
 */
/**
 * The longest suiteTitleSeparatedBy looked for (it is a few characters: `.`,
 * ` `, ` > `): a longer one is read as written. Keeps reading a test linear
 * in its names' length.
 */
const MAX_SEPARATOR_CHARS = 16;
function fullSuiteTitles(steps, blocks) {
    const [first, ...added] = steps;
    const last = added.length > 0 ? added[added.length - 1] : '';
    const cuts = Math.min(Math.max(last.length, 1), MAX_SEPARATOR_CHARS + 1);
    for (let cut = 0; cut < cuts; cut++) {
        const separator = last.slice(0, cut);
        if (!added.every((step) => step.startsWith(separator)))
            continue;
        const titles = added.map((step) => step.slice(cut));
        const tail = titles.map((t) => ' ' + t).join('');
        if (!blocks.endsWith(tail))
            continue;
        const outermost = blocks.slice(0, blocks.length - tail.length);
        if (added.length > 0
            ? separator === '' || !first.endsWith(separator + outermost)
            : !first.endsWith(outermost))
            continue;
        if (outermost === '' || first.length <= separator.length + outermost.length)
            continue;
        return [outermost, ...titles].reverse();
    }
    return undefined;
}
/**
 * mocha-junit-reporter's jenkinsMode names a block's suite after the root
 * suite's title, the blocks' titles and its own joined by
 * suiteTitleSeparatedBy (`.` by default: `Root Suite.BD-20 outer.BD-21
 * inner`), a test after its own title and its class after the blocks' titles
 * so joined (`BD-20 outer.BD-21 inner`), which the suite's name ends with:
 * the blocks' titles, nearest first, where the suite's name's steps (see
 * mochaJunitSuiteSteps) tell them apart. The separator is the longest end
 * of what comes before the classname in the suite's name that each further
 * block starts with.
 */
function jenkinsTitles(steps, suiteName, classname) {
    if (classname === '' || !suiteName.endsWith(classname))
        return undefined;
    const before = suiteName.slice(0, suiteName.length - classname.length);
    const [first, ...added] = steps;
    if (before === '' || first.length <= before.length)
        return undefined;
    let separator = '';
    for (let length = Math.min(before.length, MAX_SEPARATOR_CHARS); length > 0 && !separator; length--) {
        const end = before.slice(before.length - length);
        if (added.every((step) => step.startsWith(end) && step.length > length))
            separator = end;
    }
    if (added.length > 0 && !separator)
        return undefined;
    const titles = [
        first.slice(before.length),
        ...added.map((step) => step.slice(separator.length))
    ];
    return titles.reverse();
}
/**
 * karma-junit-reporter names a test's class after its describe blocks'
 * titles joined by spaces (`BD-20 outer BD-21 inner`) and the test after
 * that and its own title (`BD-20 outer BD-21 inner fails`): the test's own
 * markers are its own title's (see TestCase.nameAfterSuite), then the
 * classname's. The blocks' titles cannot be told apart there: all count.
 * With `useBrowserName: true` the classname starts with the browser's name
 * (the suite's, spaces and dots written `_`) and a `.`, and with its `suite`
 * option with one more `.`: the titles are read after those.
 */
function karmaSuite(testCases, suiteName) {
    const browser = suiteName.replace(/[ .]/g, '_') + '.';
    const prefixes = [browser + '.', browser, '.', ''];
    for (const testCase of testCases) {
        const { name, classname } = testCase;
        for (const prefix of prefixes) {
            if (!classname.startsWith(prefix))
                continue;
            const blocks = classname.length - prefix.length;
            if (blocks > 0 &&
                name.length > blocks + 1 &&
                name.startsWith(classname.slice(prefix.length)) &&
                name.charCodeAt(blocks) === 0x20 /* space */) {
                testCase.nameAfterSuite = blocks + 1;
                break;
            }
        }
    }
}
/**
 * pytest names a test's class after its module's dotted path and its test
 * classes', outermost first, joined by `.`
 * (`tests.test_x.TestBd20Outer.TestBd21Inner`): where the test's own name has
 * no marker, the nearest marked class's count (BD-21), then the module's
 * (see TestCase.blocks), not every enclosing class's at once. A classname
 * that is not only identifiers so joined (a folder `BD-20-login`) is read
 * as written.
 */
function pytestSuite(testCases) {
    classnameBlocks(testCases, (classname) => PYTEST_DOTTED_CLASSNAME.test(classname)
        ? classname.split('.').reverse()
        : undefined);
}
/**
 * Gives each test case without blocks those `blocksOf` reads from its
 * classname: one list per classname, shared by its tests (which mostly come
 * one after another; pytest-xdist writes other classes' tests between them).
 */
function classnameBlocks(testCases, blocksOf) {
    const byClassname = new Map();
    let last;
    let lastBlocks;
    for (const testCase of testCases) {
        if (testCase.blocks)
            continue;
        const { classname } = testCase;
        if (classname !== last) {
            last = classname;
            if (byClassname.has(classname))
                lastBlocks = byClassname.get(classname);
            else {
                lastBlocks = blocksOf(classname);
                byClassname.set(classname, lastBlocks);
            }
        }
        if (lastBlocks)
            testCase.blocks = lastBlocks;
    }
}
/**
 * jasmine-reporters names a describe block's suite, and its tests' class,
 * after the enclosing blocks' titles and its own joined by `.`
 * (`BD-20 outer.BD-21 inner`), each block a suite of its own: where the
 * name so starts with an enclosing block's suite's, it is read as those
 * blocks' titles, nearest first (see TestCase.blocks), so that a test
 * takes the nearest marked block's markers. A name no suite before it
 * starts is one title, dots and all (`v1.2 login`). With useDotNotation:
 * false the titles are joined by spaces (`BD-20 outer BD-21 inner`; see
 * jasmineSuiteBlocks) and read the same way.
 */
function jasmineSuite(testCases, suiteName, { suite, blocks }) {
    // A suite inside it (no jasmine-reporters suite holds one) is not it.
    if (suiteName !== suite)
        return;
    for (const testCase of testCases)
        if (testCase.classname === suiteName) {
            testCase.classnameOfSuites = true;
            testCase.blocks = blocks;
        }
}
/**
 * node:test's junit reporter escapes a quote in an attribute twice
 * (`&amp;quot;`), so names, messages and (node 24's) file paths read
 * `&quot;` where the test said `"`. Its text content is escaped once: the
 * failure's details are right. From node 24 on, a test's classname is its
 * describe blocks' titles joined by `.` (`BD-20 outer.BD-21 inner`), read
 * as its suites are (see classnameOfSuites).
 */
function nodeTestQuotes(testCases) {
    for (const testCase of testCases) {
        testCase.name = undoNodeTestQuotes(testCase.name);
        testCase.classname = undoNodeTestQuotes(testCase.classname);
        testCase.file = undoNodeTestQuotes(testCase.file);
        for (const problem of testCase.problems)
            problem.message = undoNodeTestQuotes(problem.message);
    }
    classnameJoiningSuites(testCases, '.');
}
function undoNodeTestQuotes(text) {
    return text.includes('&quot;') ? text.replaceAll('&quot;', '"') : text;
}
/** What jest-junit writes its own way, read in a file's suite. */
function jestJunitSuite(testCases, suiteName, outer) {
    if (suiteName) {
        outsideFirstDescribe(testCases, suiteName, outer);
        nameAfterFirstDescribe(testCases, suiteName);
    }
    dropJestErrorJson(testCases);
    for (const testCase of testCases)
        if (JEST_EXECUTION_FAILURE.test(testCase.name))
            for (const problem of testCase.problems)
                readJestExecutionError(problem);
}
/**
 * jest-junit names a file's suite after its first describe block
 * (`suiteNameTemplate` "{title}"), and
 * starts each test's name with its describe blocks' titles: a test whose
 * name does not start with the suite's is outside that block, and does not
 * take a marker from it (`describe('BD-13 profile')`, then a failing
 * `describe('settings page')` in the same file). When no test's name shows
 * the suite's (templates without the describe titles), nothing tells.
 * jest-junit's afterAll failure is the file's: it keeps the suite.
 */
function outsideFirstDescribe(testCases, suiteName, outer) {
    const inside = (t) => t.name.trimStart().startsWith(suiteName) ||
        t.classname.trimStart().startsWith(suiteName);
    if (!testCases.some(inside))
        return;
    for (const testCase of testCases) {
        if (!inside(testCase) && !JEST_EXECUTION_FAILURE.test(testCase.name))
            testCase.suites = outer;
    }
}
/**
 * jest-junit's default templates start a test's name with its describe
 * blocks' titles, outermost first, joined by spaces
 * (`BD-20 outer BD-21 inner fails`): the first of them, its suite's name,
 * is not the test's own, so that a test takes the marker of a block inside
 * the first (or its own) instead of the first block's as well (see
 * TestCase.nameAfterSuite). Titles further in cannot be told apart: a
 * test two marked blocks deep still takes both.
 */
function nameAfterFirstDescribe(testCases, suiteName) {
    const prefix = suiteName + ' ';
    for (const testCase of testCases)
        if (testCase.suites[0] === suiteName && testCase.name.startsWith(prefix))
            testCase.nameAfterSuite = prefix.length;
}
/**
 * jest-junit's `reportTestSuiteErrors` writes a test file that failed to
 * run twice, under one name: its error, then the error's JSON as a failure.
 * One test failed to run: the JSON copy goes.
 */
function dropJestErrorJson(testCases) {
    for (let i = testCases.length - 1; i > 0; i--) {
        const [copy, before] = [testCases[i], testCases[i - 1]];
        if (copy.classname === JEST_SUITE_FAILED &&
            before.classname === JEST_SUITE_FAILED &&
            copy.name === before.name &&
            copy.problems.length === 1 &&
            copy.problems[0].details.trimStart().startsWith('{'))
            testCases.splice(i, 1);
    }
}
/** The classname jest-junit gives a test file that failed to run. */
const JEST_SUITE_FAILED = 'Test suite failed to run';
/** jest-junit's testcase for a failed afterAll or a file that failed to run. */
const JEST_EXECUTION_FAILURE = /^\s*Test execution failure\b/;
/**
 * Qt 6 does not count a class's cleanupTestCase that passed after a QSKIP in
 * its initTestCase (the class is skipped: `0 passed, 1 skipped`), though its
 * junitxml writes it as a test that passed: a marker on the class would read
 * passed.
 */
function dropUncountedCleanup(testCases) {
    const init = testCases.findIndex((t) => t.name === 'initTestCase');
    if (init < 0 || testCases[init].outcome !== 'skipped')
        return;
    const cleanup = testCases.findIndex((t, i) => i > init && t.name === 'cleanupTestCase' && passedPlainly(t));
    if (cleanup >= 0)
        testCases.splice(cleanup, 1);
}

;// CONCATENATED MODULE: ./src/reports/junit/testcase.ts
/**
 * A <testcase> element → TestCase: the generic reading (children.ts) with
 * every tool's exceptions applied where the report's source calls for them
 * (failures.ts).
 */




/** Characters of a skipped test's output kept as the reason of a bare <skipped/>. */
const SKIP_OUTPUT_CHARS = 10_000;
/**
 * Output that is a scenario's log of its steps, not why it was skipped:
 * behave's `@scenario.begin` … `Given a cart ... skipped in 0.000s`,
 * cucumber's `When a step.....skipped`.
 */
const STEP_LOG = /^@scenario\.begin$|(?:\.\.\.|\s\.\.\.\s)(?:passed|failed|skipped|undefined|pending|ambiguous|untested)(?:$| in \d)/m;
const CATCH2_FAILED_AS_EXPECTED = /^TEST_CASE tagged with !(?:mayfail|shouldfail)$/;
/** doctest's check macros that only warn: `WARN`, `WARN_EQ`, `WARN_THROWS_AS`… */
const DOCTEST_WARN = /^WARN(?:_[A-Z]+)*$/;
const DOCTEST_SUBCASE_NOTE = 'exception thrown in subcase - will translate later when the whole test case has been exited (cannot translate while there is an active exception)';
/**
 * Why CTest did not start a test (cmCTestRunTest's CompletionStatus), which
 * it counts as failed; its skips are `SKIP_RETURN_CODE=77` and
 * `SKIP_REGULAR_EXPRESSION_MATCHED`.
 */
const CTEST_NOT_STARTED = /^(?:Unable to find executable|Required Files Missing|Fixture dependency failed|Missing Configuration|Insufficient resources|Failed to change working directory)$/;
function toTestCase(node, suites, source, linesFromZero = false) {
    const { file: reportFile, wdio } = source;
    const children = childrenOf(node, 'testcase');
    const problems = [];
    /** Where the test is, as Ginkgo v1 writes it in its failure (see readGinkgoV1). */
    let ginkgoSpec;
    /** The test's file, as TestCafe's stack names it (see readTestCafeFailure). */
    let testCafeFile;
    let rerun = false;
    // Where the test's output is: WebdriverIO's stacks are read as failures.
    let outputTags = OUTPUT_TAGS;
    // Most testcases have no children at all: nothing to look for.
    if (children.length > 0) {
        collectProblems(children, 'failure', 'failure', problems);
        collectProblems(children, 'error', 'error', problems);
        const firstRuns = problems.length;
        collectProblems(children, 'rerunFailure', 'failure', problems, true);
        collectProblems(children, 'rerunError', 'error', problems, true);
        rerun = problems.length > firstRuns;
        collectProblems(children, 'flakyFailure', 'flaky failure', problems, true);
        collectProblems(children, 'flakyError', 'flaky error', problems, true);
        collectProblems(children, 'skipped', 'skipped', problems);
        // Ant's <junitlauncher>: a failed assumption, which JUnit 5 counts as skipped.
        collectProblems(children, 'aborted', 'skipped', problems);
        collectProblems(children, 'warning', 'warning', problems);
        if (source.qtest === 6)
            qt6Descriptions(children, problems);
        if (source.testcafe)
            for (const problem of problems) {
                const file = readTestCafeFailure(problem);
                testCafeFile ??= file;
            }
        if (source.ginkgoV1)
            for (const problem of problems) {
                const spec = readGinkgoV1(problem);
                ginkgoSpec ??= spec;
            }
        // doctest writes an exception thrown in a subcase twice: first a note
        // that it will be translated later, then the exception itself.
        const note = problems.findIndex((p) => p.kind === 'error' && p.details === DOCTEST_SUBCASE_NOTE);
        if (note >= 0 && problems.some((p, i) => i > note && p.kind === 'error'))
            problems.splice(note, 1);
        // A test allowed to fail that failed: Catch2's `[!mayfail]`/`[!shouldfail]`
        // ("failed as expected", like unittest's expected failure) and node's
        // `todo` test (node counts it todo, not failed, and the run passes).
        const expected = problems.findIndex((p) => p.kind === 'skipped' &&
            (p.type === 'todo' || CATCH2_FAILED_AS_EXPECTED.test(p.message)));
        const expectedFailure = expected >= 0;
        // Its reason first, then the failure it was allowed.
        if (expected > 0)
            problems.unshift(...problems.splice(expected, 1));
        if (source.luaunit)
            for (const problem of problems)
                readLuaUnitType(problem);
        for (const problem of problems) {
            readSubunitFailure(problem);
            if (expectedFailure)
                problem.kind = 'skipped';
            else if (problem.kind === 'error' && isTestNgSkip(problem))
                problem.kind = 'skipped';
            // nose2 writes an unexpected success (a test expected to fail that
            // passed), which fails the run, as a skip.
            else if (problem.kind === 'skipped' &&
                problem.message === 'test passes unexpectedly')
                problem.kind = 'failure';
            else if (problem.kind === 'warning') {
                // PHPUnit 9 does not run a test whose @depends target does not
                // exist (one that did not pass is skipped): it warns instead.
                const missing = MISSING_DEPENDENCY.exec(problem.details);
                if (missing) {
                    problem.kind = 'skipped';
                    problem.message = missing[0];
                }
            }
            else if (problem.kind === 'error') {
                if (PHPUNIT_RISKY.test(problem.type))
                    problem.kind = 'warning';
                else if (!readTapJunitError(problem)) {
                    readEunitAssertion(problem);
                    readXdistCrash(problem);
                }
            }
            // doctest writes a WARN check that did not hold as a <failure> of
            // its type; doctest counts the test as passed.
            else if (problem.kind === 'failure' && DOCTEST_WARN.test(problem.type))
                problem.kind = 'warning';
            else if (problem.kind === 'failure' &&
                problem.type === CRITERION_TYPE &&
                CRITERION_ASSERTIONS.test(problem.message))
                problem.details = criterionFirstFailedFirst(problem.details);
            // EUnit's surefire reporter writes a test that timed out (EUnit
            // cancels it, and the run fails) as <skipped type="timeout">.
            else if (problem.kind === 'skipped' && problem.type === 'timeout') {
                problem.kind = 'failure';
                if (problem.message.trim() === '')
                    problem.message = 'timed out';
            }
            // CTest writes a test it could not start (its executable or a
            // required file missing, a fixture's setup test failed), which it
            // counts as failed, as skipped: status="notrun", its reason the message.
            else if (problem.kind === 'skipped' &&
                CTEST_NOT_STARTED.test(problem.message) &&
                attribute(node, 'status') === 'notrun')
                problem.kind = 'error';
        }
        if (wdio && wdioStack(children, problems))
            outputTags = ['system-out'];
    }
    let outcome = outcomeOf(problems, attribute(node, 'status'), attribute(node, 'result'));
    // A test rerun that never passed failed, whatever its runs threw (Surefire
    // would count an error where one run errored).
    if (rerun && outcome === 'error')
        outcome = 'failure';
    const testCafe = source.testcafe
        ? testCafeNotes(attribute(node, 'name').trim(), children)
        : undefined;
    // TestCafe's quarantine mode: failed, then passed on a rerun.
    if (outcome === 'passed' && testCafe?.unstable)
        outcome = 'flaky';
    // node-tap's junit reporter: a skipped or todo test is only a property,
    // and has no time. Playwright and vitest write every annotation of a test
    // that ran (`{ type: 'todo' }`) as a property too, with its time.
    if (outcome === 'passed' &&
        children.length > 0 &&
        rawAttribute(node, 'time') === '' &&
        skipProperty(children))
        outcome = 'skipped';
    // meson writes the reason of a skip (a TAP `# SKIP`, what a test that
    // exited 77 printed) only as the test's output, beside a bare <skipped/>.
    // Its start is kept: the output of a skipped test is not.
    // WebdriverIO's output is its log of WebDriver commands, never a reason.
    if (outcome === 'skipped' && children.length > 0 && !wdio) {
        const skip = problems.find((p) => p.kind === 'skipped');
        if (skip && skip.message.trim() === '' && skip.details === '') {
            const told = outputOf(children).trim().slice(0, SKIP_OUTPUT_CHARS);
            if (!STEP_LOG.test(told))
                skip.details = told;
        }
    }
    const properties = children.length > 0 ? markerProperties(children) : NONE;
    const name = testCafe?.name ?? attribute(node, 'name').trim();
    const displayName = children.length > 0 ? consoleLauncherName(children) : '';
    // cth_surefire writes a test's group (`checkout.shipping`) only here.
    const group = attribute(node, 'group').trim();
    let output = outcome === 'passed' || outcome === 'skipped' || children.length === 0
        ? ''
        : source.qtest === 6
            ? qt6Output(children)
            : outputOf(children, outputTags);
    if (output && problems.length === 1 && isBareAssert(problems[0]))
        output = takeLibtestFailure(problems[0], output);
    else if (output &&
        problems.length === 1 &&
        isBareCtestFailure(problems[0]) &&
        attribute(node, 'status') === 'fail')
        takeGoogletestFailures(problems, output);
    const testCase = {
        name: displayName || name,
        reportedName: displayName && displayName !== name ? name : '',
        classname: attribute(node, 'classname').trim(),
        file: attribute(node, 'file') || (testCafeFile ?? ''),
        suites: group ? [group, ...suites] : suites,
        outcome,
        seconds: parseSeconds(attribute(node, 'time')),
        // Most tests have neither: share one empty array rather than 200,000.
        problems: problems.length > 0 ? problems : NONE,
        markerProperties: properties.length > 0 ? properties : NONE,
        output,
        attachments: children.length === 0
            ? NONE
            : testCafe
                ? withTestCafeScreenshots(attachmentsOf(children), problems)
                : attachmentsOf(children),
        reportFile
    };
    if (wdio?.spacedNames)
        testCase.spacedMarkers = true;
    if (failedOrErrored(outcome)) {
        const fromZero = linesFromZero && testCase.file.endsWith('.py');
        const line = lineNumber(attribute(node, 'line'), fromZero);
        // @web/test-runner's `line` is not where the test is: the first
        // `N:N` of the failure's stack, often a line of mocha's bundle
        // (`autorun.js:1:204848`) or of another module the test called.
        if (line !== undefined && !source.webTestRunner)
            testCase.line = line;
        const spec = ginkgoSpec && GINKGO_LOCATION.exec(ginkgoSpec);
        if (spec && testCase.file === '') {
            testCase.file = spec[1];
            const specLine = lineNumber(spec[2], false);
            if (specLine !== undefined)
                testCase.line = specLine;
        }
        if (source.cxxtest && testCase.file === '')
            cxxtestFailurePlace(children, testCase);
    }
    return testCase;
}
/**
 * CxxTest writes where a test failed only as its first <failure>'s `file`
 * and `line` (the assertion's, or setUp's), its text `Error: Expected …`
 * naming no place; the testcase's `line` is where the test is.
 */
function cxxtestFailurePlace(children, testCase) {
    const [failure] = xml_nodes_elements(children, 'failure');
    const file = failure && attribute(failure, 'file');
    if (!file)
        return;
    testCase.file = file;
    const line = lineNumber(attribute(failure, 'line'), false);
    if (line !== undefined)
        testCase.line = line;
}

;// CONCATENATED MODULE: ./src/reports/well-formed.ts
/**
 * A fast structural check of XML: every element closed, in order, one root,
 * nothing after it. fast-xml-parser accepts a truncated file that ends
 * between elements (a killed test run) without complaint; this finds it, and
 * mismatched tags, with the line, at a fraction of a full validator's cost.
 * Attribute syntax is left to the parser.
 */

function emptyStructure() {
    return {
        root: '',
        rootOpenTag: [-1, -1],
        children: [],
        firstChild: { openTagEnd: -1, children: [] }
    };
}
/**
 * No test tool nests this deep. fast-xml-parser refuses deeper nesting in
 * what it parses at once (its maxNestedTags), and a report read in pieces
 * would otherwise go deeper, until the call stack runs out.
 */
const MAX_NESTING = 100;
/**
 * Elements side by side in one element at most (their bounds are kept to cut
 * the report into pieces): above a report's 2,000,000 testcases in one
 * suite, far below the 67 million `<a/>` that fit in 256 MiB, whose bounds
 * would take gigabytes.
 */
const MAX_SIDE_BY_SIDE = 3_000_000;
/** An XML declaration at the start of a line. */
const LATER_DECLARATION = /\n<\?xml\s/g;
/** A JUnit report's root element. */
const JUNIT_ROOT = /^<(testsuites?)[\s>]/;
/** Why a report starts with text, and what to do. */
const REDIRECTED = 'console output written into the report, as when a report on standard output is redirected into the file; write the report to a file of its own';
function checkStructure(xml, structure) {
    const open = [];
    let childStart = -1;
    let grandchildStart = -1;
    let rootClosed = false;
    /** Where the root element ended. */
    let rootEnd = -1;
    let pos = 0;
    const fail = (at, message) => ({
        line: lineAt(xml, at),
        message
    });
    for (;;) {
        const start = xml.indexOf('<', pos);
        if (start < 0)
            break;
        if (open.length === 0 && hasText(xml, pos, start)) {
            if (rootClosed)
                return fail(pos, 'text after the root element');
            // A report written to standard output and redirected into the file
            // (`rspec --format RspecJunitFormatter > junit.xml`) starts with what
            // the tests printed.
            LATER_DECLARATION.lastIndex = pos;
            const declaration = LATER_DECLARATION.exec(xml);
            // Some write no declaration (@hapi/lab's `-r junit` without `-o`):
            // then a JUnit root after the text tells.
            const junitRoot = JUNIT_ROOT.exec(xml.slice(start, start + 12));
            return fail(pos, declaration !== null
                ? `text before the root element and its XML declaration (line ${lineAt(xml, declaration.index + 1)}): ${REDIRECTED}`
                : junitRoot !== null
                    ? `text before the root element <${junitRoot[1]}> (line ${lineAt(xml, start)}): ${REDIRECTED}`
                    : 'text before the root element');
        }
        const next = xml.charCodeAt(start + 1);
        if (next === 0x21 /* ! */) {
            const skip = skipSpecial(xml, start);
            if (skip < 0)
                return fail(start, 'a comment or CDATA section is never closed');
            pos = skip;
            continue;
        }
        if (next === 0x3f /* ? */) {
            const end = xml.indexOf('?>', start + 2);
            if (end < 0)
                return fail(start, 'a processing instruction is never closed');
            // The parser skips quoted values in it, so an open quote would make it
            // read on past this `?>`, over elements, or fail.
            if (hasOpenQuote(xml, start + 2, end)) {
                return fail(start, 'a processing instruction (<?…?>) has a quote that is not closed before its ?>');
            }
            pos = end + 2;
            continue;
        }
        const end = tagEnd(xml, start + 1);
        if (end < 0)
            return fail(start, 'the file ends inside a tag (it looks truncated)');
        if (next === 0x2f /* / */) {
            const name = xml.slice(start + 2, end).trim();
            const expected = open.pop();
            if (expected !== name) {
                return fail(start, expected === undefined
                    ? `</${name}> closes an element that was never opened`
                    : `</${name}> where </${expected}> was expected`);
            }
            if (open.length === 0) {
                rootClosed = true;
                rootEnd = end + 1;
            }
            if (structure) {
                if (open.length === 1)
                    structure.children.push(childStart, end + 1);
                else if (open.length === 2 && structure.children.length === 0)
                    structure.firstChild.children.push(grandchildStart, end + 1);
            }
        }
        else {
            if (rootClosed) {
                return {
                    ...fail(start, 'a second root element'),
                    secondRoot: { firstEnd: rootEnd, start }
                };
            }
            const selfClosing = xml.charCodeAt(end - 1) === 0x2f; /* / */
            if (structure) {
                if (open.length === 0) {
                    structure.root = tagName(xml, start + 1, end);
                    structure.rootOpenTag = [start, end + 1];
                }
                else if (open.length === 1) {
                    if (selfClosing)
                        structure.children.push(start, end + 1);
                    else {
                        childStart = start;
                        if (structure.children.length === 0)
                            structure.firstChild.openTagEnd = end + 1;
                    }
                }
                else if (open.length === 2 && structure.children.length === 0) {
                    if (selfClosing)
                        structure.firstChild.children.push(start, end + 1);
                    else
                        grandchildStart = start;
                }
            }
            if (structure &&
                (structure.children.length > 2 * MAX_SIDE_BY_SIDE ||
                    structure.firstChild.children.length > 2 * MAX_SIDE_BY_SIDE)) {
                return {
                    ...fail(start, `more than ${grouped(MAX_SIDE_BY_SIDE)} elements side by side, more than any test tool writes; the action reads no more (memory)`),
                    overLimit: true
                };
            }
            if (!selfClosing) {
                if (open.length >= MAX_NESTING) {
                    return {
                        ...fail(start, `elements nested more than ${MAX_NESTING} deep, more than any test tool writes; the action reads no deeper`),
                        overLimit: true
                    };
                }
                open.push(tagName(xml, start + 1, end));
            }
            else if (open.length === 0) {
                rootClosed = true;
                rootEnd = end + 1;
            }
        }
        pos = end + 1;
    }
    if (open.length > 0) {
        return fail(xml.length, `the file ends inside <${open.join(' > ')}> (it looks truncated)`);
    }
    if (hasText(xml, pos, xml.length))
        return fail(pos, 'text after the root element');
    if (!rootClosed)
        return fail(0, 'there is no XML element in it');
    return undefined;
}
/**
 * The root element's name, found without reading further; undefined when
 * something other than white space, comments and processing instructions
 * comes first (checkStructure says what).
 */
function rootName(xml) {
    let pos = 0;
    for (;;) {
        const start = xml.indexOf('<', pos);
        if (start < 0 || hasText(xml, pos, start))
            return undefined;
        const next = xml.charCodeAt(start + 1);
        if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
            const end = next === 0x21 ? skipSpecial(xml, start) : instructionEnd(xml, start);
            if (end < 0)
                return undefined;
            pos = end;
            continue;
        }
        const end = tagEnd(xml, start + 1);
        if (end < 0 || next === 0x2f /* / */)
            return undefined;
        return tagName(xml, start + 1, end);
    }
}
/** Index of the `>` ending a tag that starts after `from`, skipping quoted values. */
function tagEnd(xml, from) {
    let quote = 0;
    for (let i = from; i < xml.length; i++) {
        const c = xml.charCodeAt(i);
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 0x22 || c === 0x27) {
            quote = c;
        }
        else if (c === 0x3e /* > */) {
            return i;
        }
        else if (c === 0x3c /* < */) {
            return -1; // a new tag before this one ended
        }
    }
    return -1;
}
/** The name of the tag whose name starts at `from`, looking no further than `end`. */
function tagName(xml, from, end) {
    let i = from;
    while (i < end) {
        const c = xml.charCodeAt(i);
        if (c === 0x20 ||
            c === 0x09 ||
            c === 0x0a ||
            c === 0x0d ||
            c === 0x2f /* / */ ||
            c === 0x3e /* > */)
            break;
        i++;
    }
    return xml.slice(from, i);
}
/** Past a comment, CDATA section or declaration starting at `start`; -1 if unclosed. */
function skipSpecial(xml, start) {
    if (xml.startsWith('<!--', start)) {
        const end = xml.indexOf('-->', start + 4);
        return end < 0 ? -1 : end + 3;
    }
    if (xml.startsWith('<![CDATA[', start)) {
        const end = xml.indexOf(']]>', start + 9);
        return end < 0 ? -1 : end + 3;
    }
    const end = xml.indexOf('>', start + 2);
    return end < 0 ? -1 : end + 1;
}
/** Past a processing instruction starting at `start`; -1 if unclosed. */
function instructionEnd(xml, start) {
    const end = xml.indexOf('?>', start + 2);
    return end < 0 ? -1 : end + 2;
}
/** Whether xml[from, to) leaves a ' or " quote open. */
function hasOpenQuote(xml, from, to) {
    let quote = 0;
    for (let i = from; i < to; i++) {
        const c = xml.charCodeAt(i);
        if (quote !== 0) {
            if (c === quote)
                quote = 0;
        }
        else if (c === 0x22 || c === 0x27) {
            quote = c;
        }
    }
    return quote !== 0;
}
function hasText(xml, from, to) {
    for (let i = from; i < to; i++) {
        const c = xml.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0xfeff)
            return true;
    }
    return false;
}
/**
 * Elements and attributes in xml[from, to), as fast-xml-parser would find
 * them, counted no further than `limit + 1`; comments (unless `comments`:
 * where the parser keeps them), CDATA sections and processing instructions
 * skipped. (Values in quotes are skipped as the parser skips them: only
 * right after `=`.)
 */
function countNodes(xml, from, to, limit, comments = false) {
    let count = 0;
    let pos = from;
    while (count <= limit) {
        const start = xml.indexOf('<', pos);
        if (start < 0 || start >= to)
            break;
        const next = xml.charCodeAt(start + 1);
        if (next === 0x21 /* ! */) {
            if (comments && xml.startsWith('<!--', start))
                count++;
            pos = skipSpecial(xml, start);
            if (pos < 0)
                break;
            continue;
        }
        if (next === 0x3f /* ? */) {
            pos = instructionEnd(xml, start);
            if (pos < 0)
                break;
            continue;
        }
        const end = tagEnd(xml, start + 1);
        if (end < 0)
            break;
        // The tag's name is the element; each word after it an attribute (the
        // `/` of `/>` is not one).
        if (next !== 0x2f /* / */) {
            const selfClosing = xml.charCodeAt(end - 1) === 0x2f; /* / */
            count += wordsInTag(xml, start + 1, selfClosing ? end - 1 : end);
        }
        pos = end + 1;
    }
    return count;
}
/**
 * Words in a tag's text xml[from, to) as the parser's attribute pattern
 * (`[^\s=]+`, then optionally `=` and a quoted value) matches them.
 */
function wordsInTag(xml, from, to) {
    let words = 0;
    let i = from;
    while (i < to) {
        const c = xml.charCodeAt(i);
        if (isSpace(c) || c === 0x3d /* = */) {
            i++;
            continue;
        }
        while (i < to && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== 0x3d)
            i++;
        words++;
        let j = i;
        while (j < to && isSpace(xml.charCodeAt(j)))
            j++;
        if (xml.charCodeAt(j) !== 0x3d)
            continue;
        j++;
        while (j < to && isSpace(xml.charCodeAt(j)))
            j++;
        const quote = xml.charCodeAt(j);
        if (quote !== 0x22 && quote !== 0x27)
            continue;
        const close = xml.indexOf(quote === 0x22 ? '"' : "'", j + 1);
        if (close >= 0 && close < to)
            i = close + 1;
    }
    return words;
}
/** JavaScript's `\s`: the parser's patterns split words there. */
function isSpace(c) {
    if (c < 0x80)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
function lineAt(xml, position) {
    let line = 1;
    for (let i = xml.indexOf('\n'); i >= 0 && i < position; i = xml.indexOf('\n', i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/reports/junit/tools.ts
/**
 * Which tool wrote a report, and each of its suites: told from the text
 * before it is parsed (the root, the comment before it, a suite's attributes'
 * order, its first properties and testcase). The ReportSource it gives is
 * what the suite rules, the retry merging and the testcase reader branch on.
 */


/** The comment TestNG's JUnit reporters write before the root. */
const TESTNG_REPORT = /<!--\s*Generated by org\.testng\.reporters\./;
/**
 * The comment of TestNG's JUnitXMLReporter, which writes a report per
 * `<test>` of a testng.xml, its suite named after it (`Chrome`).
 */
const TESTNG_TEST_REPORT = /<!--\s*Generated by org\.testng\.reporters\.JUnitXMLReporter\s*-->/;
/**
 * A suite as TestNG's JUnitReportReporter (6.x) writes it, told by its
 * attributes' order where the comment before the root is gone (a merged
 * report).
 */
const TESTNG_SUITE = /^<testsuite hostname="[^"]*" failures="\d+" tests="\d+" name="[^"]*" time="[^"]*" errors="\d+" timestamp="[^"]*"/;
/**
 * The root as jest-junit, vitest and mocha-junit-reporter name it, and as
 * Playwright writes it (`id` first): these tools write a retried test once,
 * so a repeated name is another test (`it.each` with one title, Playwright's
 * --repeat-each).
 */
const ONE_TESTCASE_PER_TEST = /^<testsuites\s(?:(?:[^>]*\s)?name="(?:jest tests|vitest tests|Mocha Tests)"|id="[^"]*"\s+name="[^"]*"\s+tests="\d+"\s+failures="\d+"\s+skipped="\d+"\s+errors="\d+")/;
/** A suite as jest-junit writes it, told by its attributes' order (its root's name is an option). */
const JEST_JUNIT_SUITE = String.raw `name="[^"]*" errors="\d+" failures="\d+" skipped="\d+" timestamp="[^"]*" time="[^"]*" tests="\d+"`;
const JEST_JUNIT_ROOT = /^<testsuites\s(?:[^>]*\s)?name="jest tests"/;
const JEST_JUNIT = new RegExp(`^<testsuite ${JEST_JUNIT_SUITE}`);
/**
 * A suite as jest-junit, vitest, mocha-junit-reporter, Playwright and
 * @hapi/lab write it, told by its attributes' order: their root's name is
 * an option (`suiteName`, `testsuitesTitle`), mocha's antMode writes none,
 * and a merged report has another tool's root.
 */
const ONE_TESTCASE_PER_TEST_SUITE = new RegExp([
    JEST_JUNIT_SUITE,
    // vitest
    String.raw `name="[^"]*" timestamp="[^"]*" hostname="[^"]*" tests="\d+" failures="\d+" errors="\d+" skipped="\d+" time="[^"]*"`,
    // mocha-junit-reporter (antMode adds package … errors)
    String.raw `name="[^"]*" timestamp="[^"]*" tests="\d+"(?: file="[^"]*")?(?: package="[^"]*" hostname="[^"]*" id="\d+" errors="\d+")? time="[^"]*" failures="\d+"`,
    // Playwright
    String.raw `name="[^"]*" timestamp="[^"]*" hostname="[^"]*" tests="\d+" failures="\d+" skipped="\d+" time="[^"]*" errors="\d+"`,
    // @hapi/lab: two tests of one title in a describe block are two tests
    String.raw `name="[^"]*" tests="\d+" skipped="\d+" errors="\d+" time="[^"]*">`
]
    .map((attributes) => `^<testsuite ${attributes}`)
    .join('|'));
/**
 * node:test's junit reporter (node 20 to 24 at least): a bare <testsuites>
 * root, then a top-level test (`name time classname`) or a describe block's
 * suite (`name time disabled errors`).
 */
const NODE_TEST_ROOT = '<testsuites>';
const NODE_TEST_FIRST_CHILD = /^<test(?:case name="[^"]*" time="[^"]*" classname="|suite name="[^"]*" time="[^"]*" disabled="\d+" errors="\d+")/;
const NODE_TEST_SUITE = /^<testsuite name="[^"]*" time="[^"]*" disabled="\d+" errors="\d+"/;
/**
 * A suite as @wdio/junit-reporter writes it: its `specId` property, then its
 * describe block's (or cucumber feature's) title as written; the suite's
 * name is that title as its `suiteNameFormat` made it. (junitparser, which
 * merges reports, writes ` />`.)
 */
const WDIO_SUITE = /^<testsuite\s+name="([^"]*)"(?:[^>"]|"[^"]*")*>\s*<properties>\s*<property name="specId" value="[^"]*"\s*\/>\s*<property name="(?:suiteName|featureName)" value="([^"]*)"\s*\/>/;
/**
 * A suite as testthat's JunitReporter writes it (xml2 keeps the order it was
 * given): `name timestamp hostname`, the counts once its file has run, and
 * testcases written `time classname name`, one per expectation.
 */
const TESTTHAT_SUITE = /^<testsuite name="[^"]*" timestamp="[^"]*" hostname="[^"]*"(?:[^>"]|"[^"]*")*>\s*<testcase time="[^"]*" classname="[^"]*" name="[^"]*"/;
/**
 * A suite as CppUTest's JUnitTestOutput writes it (a file per test group):
 * its attributes in alphabetical order, empty properties, then testcases
 * written `classname name assertions time file line` (its count of
 * assertions below zero after `-r`), or, with no test, its output.
 * (Catch2 v2's suites have these attributes too, but properties of their
 * own and other testcases.)
 */
const CPPUTEST_SUITE = /^<testsuite errors="\d+" failures="\d+" hostname="[^"]*" name="[^"]*" tests="\d+" time="[^"]*" timestamp="[^"]*">\s*<properties>\s*<\/properties>\s*(?:<testcase classname="[^"]*" name="[^"]*" assertions="-?\d+" time="[^"]*" file="[^"]*" line="\d+"|<system-out>)/;
/**
 * A suite as CxxTest's XmlFormatter (4.x, `cxxtestgen --xunit-printer`)
 * writes it: its attributes in this order, a `date` as ctime writes it, and
 * a space before `>`.
 */
const CXXTEST_SUITE = /^<testsuite name="[^"]*" date="\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}" tests="\d+" errors="\d+" failures="\d+" time="[^"]*" >/;
/**
 * A suite as LuaUnit (3.x) writes it, its one suite named `LuaUnit`, its
 * properties the versions of Lua and LuaUnit.
 */
const LUAUNIT_SUITE = /^<testsuite name="LuaUnit" id="\d+" package="[^"]*" hostname="[^"]*" tests="\d+" timestamp="[^"]*" time="[^"]*" errors="\d+" failures="\d+" skipped="\d+">\s*<properties>\s*<property name="Lua Version" value="[^"]*"\/>\s*<property name="LuaUnit Version" value="[^"]*"\/>/;
/**
 * A test file's suite as `bun test --reporter=junit` (1.x) writes it:
 * `name file tests assertions failures skipped time hostname` in this order
 * (PHPUnit's has `errors` and more between); its describe blocks are suites
 * of `name file line …` inside.
 */
const BUN_SUITE = /^<testsuite name="[^"]*" file="[^"]*" tests="\d+" assertions="\d+" failures="\d+" skipped="\d+" time="[^"]*" hostname="[^"]*">/;
/**
 * A test file's suite as vitest's junit reporter (4.x, 5.x) writes it:
 * `name timestamp hostname tests failures errors skipped time` in this
 * order, the timestamp an ISO string in UTC with milliseconds
 * (`2026-11-24T21:29:38.755Z`, toISOString()). Qt 6's QtTest writes its
 * suite's attributes in the same order, but its timestamp without
 * milliseconds or `Z` (`2026&#x002D;11&#x002D;24T14:55:26`).
 */
const VITEST_SUITE = /^<testsuite name="[^"]*" timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z" hostname="[^"]*" tests="\d+" failures="\d+" errors="\d+" skipped="\d+" time="[^"]*">/;
/**
 * A describe block's suite as mocha-junit-reporter (2.x) writes it:
 * `name timestamp tests (file) time failures` in this order (antMode adds
 * `package hostname id errors` before `time`).
 */
const MOCHA_JUNIT_SUITE = /^<testsuite name="([^"]*)" timestamp="[^"]*" tests="\d+"(?: file="[^"]*")?(?: package="[^"]*" hostname="[^"]*" id="\d+" errors="\d+")? time="[^"]*" failures="\d+"/;
/**
 * The browser's suite as karma-junit-reporter (2.x) writes it:
 * `name package timestamp id hostname tests errors failures time` in this
 * order.
 */
const KARMA_SUITE = /^<testsuite name="[^"]*" package="[^"]*" timestamp="[^"]*" id="\d+" hostname="[^"]*" tests="\d+" errors="\d+" failures="\d+" time="[^"]*">/;
/**
 * A test file's suite as Playwright's junit reporter (1.x) writes it:
 * `name timestamp hostname tests failures skipped time errors` in this order
 * (vitest's has `errors` before `skipped`).
 */
const PLAYWRIGHT_SUITE = /^<testsuite name="[^"]*" timestamp="[^"]*" hostname="[^"]*" tests="\d+" failures="\d+" skipped="\d+" time="[^"]*" errors="\d+"/;
/**
 * The suite @cucumber/cucumber's junit formatter (@cucumber/junit-xml-formatter,
 * cucumber-js 12 and 13) writes: `name time tests skipped failures errors
 * timestamp` in this order.
 */
const CUCUMBER_JS_SUITE = /^<testsuite name="[^"]*" time="[^"]*" tests="\d+" skipped="\d+" failures="\d+" errors="\d+" timestamp="[^"]*"/;
/**
 * A describe block's suite as jasmine-reporters' JUnitXmlReporter (2.x)
 * writes it: `name timestamp hostname time errors tests skipped disabled
 * failures` in this order, each block a suite of its own directly in the
 * root, named after its enclosing blocks' titles and its own joined by `.`
 * (`useDotNotation`, the default).
 */
const JASMINE_REPORTERS_SUITE = /^<testsuite name="([^"]*)" timestamp="[^"]*" hostname="[^"]*" time="[^"]*" errors="\d+" tests="\d+" skipped="\d+" disabled="\d+" failures="\d+"/;
/**
 * A suite as pytest's junitxml plugin (6.1 on, through ElementTree) writes
 * it: `name errors failures skipped tests time timestamp hostname` in this
 * order. 5.1 to 6.0 (py.xml) sorted them by name, as Gradle does: those
 * suites are read as written.
 */
const PYTEST_SUITE = /^<testsuite name="[^"]*" errors="\d+" failures="\d+" skipped="\d+" tests="\d+" time="[^"]*" timestamp="[^"]*" hostname="[^"]*">/;
/**
 * A test file's or subtest's suite as node-tap's junit reporter (tap 21)
 * writes it: `name tests failures assertions skipped time` in this order.
 */
const NODE_TAP_SUITE = /^<testsuite name="[^"]*" tests="\d+" failures="\d+" assertions="\d+" skipped="\d+" time="[^"]*">/;
/**
 * A test class's suite as JVM build tools write it that name a @Nested
 * class's test's class after its enclosing classes, joined by `$`: Maven
 * Surefire's and Failsafe's (their schema's location first), Ant
 * `<junitlauncher>`'s legacy-xml listener's (`name time timestamp tests
 * failures skipped aborted` in this order) and the JUnit Platform
 * ConsoleLauncher's (`name tests skipped failures errors time hostname
 * timestamp`).
 */
const JAVA_NESTED_SUITE = /^<testsuite (?:xmlns:xsi="[^"]*" xsi:noNamespaceSchemaLocation="https:\/\/maven\.apache\.org\/surefire\/[^"]*-test-report[^"]*\.xsd"|name="[^"]*" time="[^"]*" timestamp="[^"]*" tests="\d+" failures="\d+" skipped="\d+" aborted="\d+">|name="[^"]*" tests="\d+" skipped="\d+" failures="\d+" errors="\d+" time="[^"]*" hostname="[^"]*" timestamp="[^"]*">)/;
/**
 * A test class's suite as Maven Surefire 3 writes it (3.5.6): its
 * schema's location, then the report format's `version="3.…"` (Surefire
 * 2.x writes no version).
 */
const SUREFIRE3_SUITE = /^<testsuite xmlns:xsi="[^"]*" xsi:noNamespaceSchemaLocation="https:\/\/maven\.apache\.org\/surefire\/[^"]*-test-report[^"]*\.xsd" version="3\./;
/**
 * Perl's TAP::Harness::JUnit (XML::Simple): a bare <testsuites> root, then a
 * suite per test script with its attributes in this order.
 */
const TAP_HARNESS_SUITE = /^<testsuite name="[^"]*" errors="\d+" failures="\d+" skipped="\d+" tests="\d+" time="[^"]*">/;
/**
 * The property Qt Test writes first in its suite, with its version: Qt 5
 * writes `value` first, Qt 6 `name`.
 */
const QTEST_VERSION = /<properties>\s*<property (?:value="(\d+)\.[^"]*" name="QTestVersion"|name="QTestVersion" value="(\d+)\.[^"]*")\s*\/>/;
/**
 * Ginkgo v1's root (reporters.NewJUnitReporter): a bare suite, its
 * attributes in the order of Ginkgo's JUnitTestSuite struct.
 */
const GINKGO_V1_ROOT = /^<testsuite name="[^"]*" tests="\d+" failures="\d+" errors="\d+" time="[^"]*">$/;
/**
 * TestCafe's reporters (its built-in xunit, testcafe-reporter-junit) write
 * one bare suite named after the browsers.
 */
const TESTCAFE_ROOT = /^<testsuite name="TestCafe Tests: /;
/**
 * A suite as @web/test-runner-junit-reporter writes it: one per browser and
 * test file, `name id tests skipped errors failures time`, then the file's,
 * the browser's and the launcher's properties.
 */
const WEB_TEST_RUNNER_SUITE = /^<testsuite name="[^"]*" id="\d+" tests="\d+" skipped="\d+" errors="\d+" failures="\d+" time="[^"]*">\s*<properties>\s*<property name="test\.fileName" value="[^"]*"\s*\/>\s*<property name="browser\.name" value="[^"]*"\s*\/>\s*<property name="browser\.launcher" value="[^"]*"\s*\/>/;
/** A title as @wdio/junit-reporter's default `suiteNameFormat` writes it (`BD-12 logs in` → `BD 12 logs in`). */
function wdioDefaultName(title) {
    return title
        .split(/[^a-zA-Z0-9@]+/)
        .filter((part) => part !== '')
        .join(' ');
}
/** Characters of a suite's start that its tool is told by: its open tag, its properties, its first testcase. */
const SUITE_START_CHARS = 1000;
/**
 * What the report's root (and the comment before it) tells of how to read
 * its suites (see ReportSource); each suite may tell more (see suiteSource).
 * A bare <testsuite> root is a suite itself.
 */
function reportSource(file, xml, [rootStart, rootEnd]) {
    const root = xml.slice(rootStart, rootEnd);
    const firstChild = xml.indexOf('<test', rootEnd);
    // Qt, TAP::Harness::JUnit and Ginkgo v1 are told by the root and the
    // first suite (in a merged report, their suites are read as any tool's).
    const at = xml.indexOf('<testsuite ', rootEnd);
    const firstSuite = at < 0 ? '' : xml.slice(at, at + SUITE_START_CHARS);
    // Qt writes a bare suite: its properties follow the root.
    const qtVersion = QTEST_VERSION.exec(xml.slice(rootEnd, rootEnd + SUITE_START_CHARS)) ??
        QTEST_VERSION.exec(firstSuite);
    const source = {
        file,
        repeatsMayBeRetries: !TESTNG_REPORT.test(xml.slice(0, rootStart)) &&
            !ONE_TESTCASE_PER_TEST.test(root),
        jestJunit: JEST_JUNIT_ROOT.test(root),
        nodeTest: root === NODE_TEST_ROOT &&
            firstChild >= 0 &&
            NODE_TEST_FIRST_CHILD.test(xml.slice(firstChild, firstChild + 1000)),
        tapHarness: root === NODE_TEST_ROOT && TAP_HARNESS_SUITE.test(firstSuite),
        qtest: qtVersion
            ? Number(qtVersion[1] ?? qtVersion[2]) < 6
                ? 5
                : 6
            : undefined,
        ginkgoV1: GINKGO_V1_ROOT.test(root),
        testcafe: TESTCAFE_ROOT.test(root),
        testngTest: TESTNG_TEST_REPORT.test(xml.slice(0, rootStart)),
        webTestRunner: false,
        wdio: undefined,
        testthat: false,
        cpputest: false,
        cxxtest: false,
        luaunit: false,
        bun: false,
        vitest: false,
        mochaJunit: false,
        playwright: false,
        jasmineReporters: false,
        karma: false,
        pytest: false,
        nodeTap: false,
        javaNested: false,
        surefire3: false,
        cucumberJs: false
    };
    return root.startsWith('<testsuite') && !root.startsWith('<testsuites')
        ? suiteSource(source, xml, rootStart)
        : source;
}
/**
 * What a suite of the report's root tells of its tool, added to what the
 * root tells: its attributes' order, its first properties or testcase. Each
 * suite is told apart, as a merged report (junitparser) holds suites of
 * several tools under a root of its own.
 */
function suiteSource(report, xml, suiteStart, 
/** The report's first WebdriverIO suite's (see wdioReport). */
firstWdio) {
    const suite = xml.slice(suiteStart, suiteStart + SUITE_START_CHARS);
    const jestJunit = JEST_JUNIT.test(suite);
    const oncePerTest = ONE_TESTCASE_PER_TEST_SUITE.test(suite);
    const testng = TESTNG_SUITE.test(suite);
    const nodeTest = NODE_TEST_SUITE.test(suite);
    const wdio = WDIO_SUITE.exec(suite);
    const own = suiteOwnTools(suite);
    // Most suites are no special tool's: they share the report's.
    if (!jestJunit && !oncePerTest && !testng && !nodeTest && !wdio && !own)
        return report;
    return {
        ...report,
        // @web/test-runner writes a retried test once, as its last attempt.
        repeatsMayBeRetries: report.repeatsMayBeRetries &&
            !oncePerTest &&
            !testng &&
            !own?.testthat &&
            !own?.webTestRunner,
        jestJunit: report.jestJunit || jestJunit,
        nodeTest: report.nodeTest || nodeTest,
        wdio: wdio ? wdioReport(wdio, firstWdio) : undefined,
        ...own
    };
}
function suiteShape(pattern) {
    const afterName = /^\^<testsuite name="\(?\[\^"\]\*\)?" ([\w:-]+)="/.exec(pattern.source)?.[1];
    return { pattern, afterName };
}
const SUITE_OWN_TOOL_SHAPES = {
    testthat: suiteShape(TESTTHAT_SUITE),
    cpputest: suiteShape(CPPUTEST_SUITE),
    cxxtest: suiteShape(CXXTEST_SUITE),
    luaunit: suiteShape(LUAUNIT_SUITE),
    webTestRunner: suiteShape(WEB_TEST_RUNNER_SUITE),
    bun: suiteShape(BUN_SUITE),
    vitest: suiteShape(VITEST_SUITE),
    mochaJunit: suiteShape(MOCHA_JUNIT_SUITE),
    playwright: suiteShape(PLAYWRIGHT_SUITE),
    jasmineReporters: suiteShape(JASMINE_REPORTERS_SUITE),
    karma: suiteShape(KARMA_SUITE),
    pytest: suiteShape(PYTEST_SUITE),
    nodeTap: suiteShape(NODE_TAP_SUITE),
    javaNested: suiteShape(JAVA_NESTED_SUITE),
    surefire3: suiteShape(SUREFIRE3_SUITE),
    cucumberJs: suiteShape(CUCUMBER_JS_SUITE)
};
/** The attribute after a suite's `name="…"` (see SuiteShape). */
const AFTER_NAME = /^<testsuite name="[^"]*" ([\w:-]+)=/;
/** The tools whose shape a suite's start fits: usually none (undefined). */
function suiteOwnTools(suite) {
    const afterName = AFTER_NAME.exec(suite)?.[1];
    let own;
    for (const tool in SUITE_OWN_TOOL_SHAPES) {
        const shape = SUITE_OWN_TOOL_SHAPES[tool];
        if ((shape.afterName === undefined || shape.afterName === afterName) &&
            shape.pattern.test(suite))
            (own ??= {})[tool] = true;
    }
    return own;
}
/**
 * How a WebdriverIO suite names its tests, from its name and title (see
 * WDIO_SUITE): as the reporter does by default when its name is the title so
 * made. A title that has no hyphen or bracket reads the same either way:
 * there the report's first suite tells (`first`), if it is WebdriverIO's.
 */
function wdioReport([, name, title], first) {
    const blockTitle = xml_text_decodeEntities(title);
    const spacedNames = name === wdioDefaultName(blockTitle);
    return {
        spacedNames: spacedNames && (first?.spacedNames ?? true),
        title: blockTitle
    };
}
/** The sources of the suites directly in a <testsuites> root, in order (see suiteSource). */
function rootSuiteSources(xml, children, report) {
    const sources = [];
    let firstWdio;
    for (let i = 0; i < children.length; i += 2) {
        const start = children[i];
        if (tagName(xml, start + 1, children[i + 1]) !== 'testsuite')
            continue;
        const source = suiteSource(report, xml, start, firstWdio);
        firstWdio ??= source.wdio;
        sources.push(source);
    }
    jasmineSuiteBlocks(xml, children, sources);
    mochaJunitSuiteSteps(xml, children, sources);
    return sources;
}
/**
 * The names of the root's suites of one tool (those `of` picks, their start
 * read by `shape`, whose first group is the name), by index of source, and
 * the suites still open before each: a tool that writes a suite per describe
 * block, named after the enclosing blocks' titles and its own, writes it
 * right after its enclosing block's suite and that block's other blocks'
 * (depth first), so the suites it may be in are those whose names it starts
 * with (`isIn`) of the chain open before it. Compared with those only (not
 * with every name of the report, which took quadratic time on names of many
 * parts).
 */
function openSuiteChains(xml, children, sources, of, shape, isIn) {
    /** Of each suite: the names of those it is in and its own, outermost first. */
    const chains = new Map();
    const open = [];
    let at = 0;
    for (let i = 0; i < children.length; i += 2) {
        const start = children[i];
        if (tagName(xml, start + 1, children[i + 1]) !== 'testsuite')
            continue;
        const index = at++;
        const match = of(sources[index])
            ? shape.exec(xml.slice(start, start + SUITE_START_CHARS))
            : null;
        if (!match)
            continue;
        const name = xml_text_decodeEntities(match[1]);
        while (open.length > 0 && !isIn(name, open[open.length - 1]))
            open.pop();
        open.push(name);
        chains.set(index, [...open]);
    }
    return chains;
}
/**
 * Every jasmine-reporters suite of the root in an enclosing block's suite
 * gets its blocks' titles, nearest first (see jasmineSuite): a block's suite
 * is named after its enclosing blocks' titles and its own joined by `.`
 * (useDotNotation, the default: `BD-20 outer.BD-21 inner`), or by a space
 * (useDotNotation: false) where no suite is so in another by a `.`. A title
 * may hold a `.` too: a name no suite open before it starts is one title.
 */
function jasmineSuiteBlocks(xml, children, sources) {
    const of = (source) => source.jasmineReporters;
    if (!sources.some(of))
        return;
    for (const join of ['.', ' ']) {
        const chains = openSuiteChains(xml, children, sources, of, JASMINE_REPORTERS_SUITE, (name, outer) => isInBlock(name, outer, join));
        if (![...chains.values()].some((chain) => chain.length > 1))
            continue;
        for (const [index, chain] of chains) {
            if (chain.length === 1)
                continue;
            const blocks = chain.map((name, k) => k === 0 ? name : name.slice(chain[k - 1].length + join.length));
            const suite = chain[chain.length - 1];
            sources[index] = {
                ...sources[index],
                jasmineBlocks: { suite, blocks: blocks.reverse() }
            };
        }
        return;
    }
}
/** Whether a suite's name starts with a block's (not empty) and `join`. */
function isInBlock(name, block, join) {
    return (block !== '' &&
        name.length > block.length + join.length &&
        name.startsWith(join, block.length) &&
        name.startsWith(block));
}
/**
 * Every mocha-junit-reporter suite of the root gets its name's steps (see fullSuiteTitles, jenkinsTitles): with useFullSuiteTitle or
 * jenkinsMode a block's suite is named after the root suite's title, its
 * enclosing blocks' titles and its own joined by a separator that the
 * report does not say, so its name is cut where it starts with an enclosing
 * block's suite's name: that name first, then what each further one adds
 * (the separator and a title).
 */
function mochaJunitSuiteSteps(xml, children, sources) {
    const of = (source) => source.mochaJunit;
    if (!sources.some(of))
        return;
    const chains = openSuiteChains(xml, children, sources, of, MOCHA_JUNIT_SUITE, (name, outer) => outer !== '' && name.length > outer.length && name.startsWith(outer));
    for (const [index, chain] of chains) {
        const steps = chain.map((name, k) => k === 0 ? name : name.slice(chain[k - 1].length));
        sources[index] = { ...sources[index], mochaJunitSteps: steps };
    }
}

;// CONCATENATED MODULE: ./src/reports/junit.ts
/**
 * JUnit XML → test cases. Pure: text in, plain objects out.
 *
 * Handles every flavour we know of: a `<testsuites>` or bare `<testsuite>`
 * root, suites nested at any depth (PHPUnit), failures/errors/skips as child
 * elements or as a `status` attribute (Catch2, tst, CTest), Surefire reruns.
 * What each tool writes its own way is read in ./junit/ (see tools.ts).
 */














class ReportParseError extends Error {
    file;
    line;
    reason;
    constructor(file, line, reason) {
        super(`${file}${line ? `:${line}` : ''}: ${reason}`);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }
}
/** One parser for every report and piece: it keeps no state between parses. */
const parser = new XMLParser(parserOptions);
/**
 * The same, keeping comments (`{ '#comment': [{ '#text': … }] }`): Qt 5
 * writes a test's messages, its skip among them, as comments (see
 * qt5TestCases). Only its reports are read so.
 */
const commentParser = new XMLParser({
    ...parserOptions,
    commentPropName: COMMENT
});
/** A big report, or a lone big suite (pytest writes every test into one), is parsed in pieces of about this many characters. */
const PIECE_CHARS = 64 * 1024;
/** `pieceChars`: the size of the pieces a big report is parsed in, and how big a suite must be to be cut (tests make it small). */
function parseJUnit(text, reportFile, pieceChars = PIECE_CHARS) {
    const { xml: document, hadDoctype } = stripDoctype(text);
    if (document.trim() === '') {
        throw new ReportParseError(reportFile, undefined, 'the file is empty');
    }
    // Other XML is neither checked nor parsed (it may be big).
    const rootElement = rootName(document);
    if (rootElement !== undefined && !isJUnitRoot(rootElement))
        return { kind: 'not-junit', root: rootElement };
    const xml = rootElement === 'testsuites'
        ? withoutBackslashQuotes(withoutCUnitFooter(document))
        : document;
    const testCaseTags = countTestCaseTags(xml);
    if (testCaseTags > MAX_TEST_CASES) {
        throw new ReportParseError(reportFile, undefined, `it holds ${grouped(testCaseTags)} testcases, over the limit of ${grouped(MAX_TEST_CASES)} for one report (memory); split the report`);
    }
    const problemTags = countProblemTags(xml);
    if (problemTags > MAX_PROBLEMS) {
        throw new ReportParseError(reportFile, undefined, `it holds ${grouped(problemTags)} failures, errors and skips, over the limit of ${grouped(MAX_PROBLEMS)} for one report (memory); split the report`);
    }
    const testCases = documentTestCases(xml, reportFile, pieceChars);
    if (!testCases)
        return { kind: 'not-junit', root: '(none)' };
    readBazelExitCodes(testCases);
    bazelEarlierAttempts(reportFile, testCases);
    return junitReport(testCases, hadDoctype, text.length);
}
/**
 * CUnit 2.1-3's JUnit XML (`CU_automated_enable_junit_xml`) never closes its
 * `<testsuites>`: it ends with the footer of its own format,
 * `<CUNIT_FOOTER> File Generated By CUnit v2.1-3 - <date> </CUNIT_FOOTER>`
 * and `</CUNIT_TEST_RUN_REPORT>`, in every report. That footer, at the very
 * end of a `<testsuites>` document, is read as the `</testsuites>` it stands
 * for (its line breaks kept, so errors name the file's lines).
 */
const CUNIT_FOOTER = /<CUNIT_FOOTER>[^<]*<\/CUNIT_FOOTER>\s*<\/CUNIT_TEST_RUN_REPORT>\s*$/;
/** The footer is searched for in the document's last characters only (it may be big). */
const CUNIT_FOOTER_TAIL = 1024;
function withoutCUnitFooter(xml) {
    const tailStart = Math.max(0, xml.length - CUNIT_FOOTER_TAIL);
    const inTail = xml.slice(tailStart).lastIndexOf('<CUNIT_FOOTER>');
    if (inTail < 0)
        return xml;
    const start = tailStart + inTail;
    const footer = CUNIT_FOOTER.exec(xml.slice(start));
    if (!footer)
        return xml;
    const lineBreaks = footer[0].split('\n').length - 1;
    return `${xml.slice(0, start)}</testsuites>${'\n'.repeat(lineBreaks)}`;
}
/**
 * @reporters/junit (the nodejs/reporters node:test reporter, 2.x) writes an
 * attribute's `"` as `\"` (and leaves `<` and `&` as they are, and drops
 * line breaks): `name="says \"hi\""` ends, for any XML parser, at the
 * backslash. Its report is node's built-in reporter's shape (the same head,
 * tags and attributes, each start tag on a line of its own), whose quotes
 * are `&amp;quot;`, never `\"`. On such a report's start tags holding a
 * `\"`, each attribute's value runs to the `" name="` of the next (a value
 * cannot hold `="`: it would be `=\"`) or to the tag's last `"`, and its
 * `\"` are written `&quot;` (lines and other tags as they were).
 */
const REPORTERS_JUNIT_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n\t<test';
/** A start tag of theirs, on its line: its attributes, and how it ends. */
const REPORTERS_JUNIT_TAG = /^(\t+<(?:testcase|testsuite|failure|skipped) )([a-z]+=".*")(\/?>)$/gm;
/** Where the next attribute's value starts (its name after the last one's closing quote). */
const NEXT_ATTRIBUTE = /" [a-z]+="/g;
function withoutBackslashQuotes(xml) {
    if (!xml.startsWith(REPORTERS_JUNIT_HEAD) || !xml.includes('\\"'))
        return xml;
    return xml.replace(REPORTERS_JUNIT_TAG, (tag, start, attributes, end) => {
        if (!attributes.includes('\\"'))
            return tag;
        let written = '';
        let from = 0;
        for (const { index } of attributes.matchAll(NEXT_ATTRIBUTE)) {
            written += quotesOf(attributes.slice(from, index)) + '" ';
            from = index + 2;
        }
        // The last value: up to the tag's last `"`.
        const last = attributes.slice(from, -1);
        return `${start}${written}${quotesOf(last)}"${end}`;
    });
}
/** `name="value` with the value's `\"` as `&quot;`. */
function quotesOf(nameAndValue) {
    const open = nameAndValue.indexOf('="') + 2;
    return (nameAndValue.slice(0, open) +
        nameAndValue.slice(open).replaceAll('\\"', '&quot;'));
}
/** The root CUnit 2.1-3 writes, counts and all, with its space before the line break. */
const CUNIT_ROOT = '<testsuites errors="0" failures="0" tests="0" name=""> \n';
/**
 * Why a CUnit 2.1-3 JUnit report ends in the middle: writing a failed test,
 * it aborts (`CU_translate_special_characters` is given no buffer), so the
 * report stops before the first failed test, whichever test it is.
 */
function cunitAbortHint(xml, structure, message) {
    const [start] = structure.rootOpenTag;
    return message.endsWith('(it looks truncated)') &&
        structure.root === 'testsuites' &&
        xml.startsWith(CUNIT_ROOT, start)
        ? '; CUnit 2.1-3 writes its JUnit XML only up to the first failed test, then aborts (an assertion in CU_translate_special_characters): its JUnit output cannot hold a failure'
        : '';
}
/** XML documents one after another in one file, at most: libtest writes one per test binary. */
const MAX_DOCUMENTS = 10_000;
/**
 * The test cases of a report's document, and of the JUnit documents after it
 * in the same file (`cargo test -- --format junit` writes one per test
 * binary); undefined when there is no root element.
 */
function documentTestCases(xml, reportFile, pieceChars) {
    let testCases;
    let rest = xml;
    /** Lines of the file before `rest`. */
    let linesBefore = 0;
    for (let documents = 1;; documents++) {
        const structure = emptyStructure();
        const problem = checkStructure(rest, structure);
        const next = problem?.secondRoot;
        if (!next || !isJUnitRoot(rootName(rest.slice(next.start)))) {
            // The last (most often the only) document: checked already.
            const last = readDocument(rest, reportFile, pieceChars, linesBefore, {
                structure,
                problem
            });
            return testCases && last ? [...testCases, ...last] : (last ?? testCases);
        }
        if (documents >= MAX_DOCUMENTS) {
            throw new ReportParseError(reportFile, undefined, `it holds more than ${grouped(MAX_DOCUMENTS)} XML documents one after another (memory); split the report`);
        }
        // The next document starts with its XML declaration, if any.
        const declaration = rest.lastIndexOf('<?xml', next.start);
        const end = declaration >= next.firstEnd ? declaration : next.start;
        const first = readDocument(rest.slice(0, end), reportFile, pieceChars, linesBefore);
        if (first)
            (testCases ??= []).push(...first);
        linesBefore += lineAt(rest, end) - 1;
        rest = rest.slice(end);
    }
}
/** One document's test cases; errors name lines of the file (`linesBefore` it). */
function readDocument(xml, reportFile, pieceChars, linesBefore, checked) {
    try {
        return oneDocumentTestCases(xml, reportFile, pieceChars, checked);
    }
    catch (caught) {
        if (!(caught instanceof ReportParseError) || !caught.line || !linesBefore)
            throw caught;
        throw new ReportParseError(caught.file, caught.line + linesBefore, caught.reason);
    }
}
function oneDocumentTestCases(xml, reportFile, pieceChars, checked) {
    let structure;
    let problem;
    if (checked)
        ({ structure, problem } = checked);
    else {
        structure = emptyStructure();
        problem = checkStructure(xml, structure);
    }
    if (problem) {
        throw new ReportParseError(reportFile, problem.line, problem.overLimit
            ? problem.message
            : `malformed XML: ${problem.message}${cunitAbortHint(xml, structure, problem.message)}`);
    }
    // A big report is parsed a piece at a time: the parser's objects then die
    // young, which saves much garbage-collection time and memory.
    const source = reportSource(reportFile, xml, structure.rootOpenTag);
    const suiteSources = structure.root === 'testsuites'
        ? rootSuiteSources(xml, structure.children, source)
        : undefined;
    const context = { xml, pieceChars, source, depth: 0 };
    if (structure.root === 'testsuites' && structure.children.length > 2) {
        const testCases = [];
        const pieces = siblingPieces(context, structure.children);
        collectSuites(pieces, [], source, testCases, suiteSources);
        return testCases;
    }
    const lone = loneSuite(xml, structure);
    if (lone && lone.end - lone.start > pieceChars) {
        const testCases = [];
        const loneSource = suiteSources?.[0] ?? source;
        collectSuiteInPieces({ ...context, source: loneSource }, lone, [], testCases);
        return testCases;
    }
    refuseTooManyNodes(xml, structure.rootOpenTag[0], xml.length, source);
    const document = junit_parseXml(xml, reportFile, xml, parserFor(source));
    const rootNode = document.find((node) => {
        const tag = tagOf(node);
        return tag !== '#text' && tag !== COMMENT;
    });
    if (!rootNode)
        return undefined;
    const root = tagOf(rootNode);
    const testCases = [];
    if (root === 'testsuites')
        collectSuites([childrenOf(rootNode, root)], [], source, testCases, suiteSources);
    else
        collectSuite(rootNode, [], source, testCases);
    return testCases;
}
const isJUnitRoot = (name) => name === 'testsuites' || name === 'testsuite';
/** Testcases in one report at most: a million take about 170 MB once read. */
const MAX_TEST_CASES = 2_000_000;
/**
 * `<testcase` tags in a report that could hold more than MAX_TEST_CASES
 * (`<testcase/>` at the least); in Qt 5's, its comments and failures too:
 * each may name a data row, a test of its own (see qt5TestCases).
 */
function countTestCaseTags(xml) {
    const qt5 = xml.length > MAX_TEST_CASES * '<!---->'.length &&
        xml.includes('"QTestVersion"');
    if (qt5)
        return (countTags(xml, '<testcase') +
            countTags(xml, '<!--') +
            countTags(xml, '<failure'));
    if (xml.length <= MAX_TEST_CASES * '<testcase/>'.length)
        return 0;
    return countTags(xml, '<testcase');
}
/**
 * Failures, errors and skips of all tests in one report at most: each is
 * kept, and a hostile report of bare `<failure/>` elements would otherwise
 * hold tens of millions (gigabytes).
 */
const MAX_PROBLEMS = 2_000_000;
/** Tags that become a Problem, in a report that could hold more than MAX_PROBLEMS (`<error/>` at the least). */
function countProblemTags(xml) {
    if (xml.length <= MAX_PROBLEMS * '<error/>'.length)
        return 0;
    // Prefixes of every problem element (flakyFailure, rerunError, …): an upper bound.
    return ['<failure', '<error', '<skipped', '<flaky', '<rerun'].reduce((sum, tag) => sum + countTags(xml, tag), 0);
}
function countTags(xml, tag) {
    let count = 0;
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length))
        count++;
    return count;
}
/**
 * Big suites nested deeper are parsed whole: each level in pieces scans its
 * suite once more for its children, so hundreds of levels of a big report
 * would take minutes.
 */
const MAX_PIECE_DEPTH = 8;
/** The report's only suite: a bare <testsuite> root, or the one <testsuite> in <testsuites>. */
function loneSuite(xml, structure) {
    if (structure.root === 'testsuite') {
        const [start, openTagEnd] = structure.rootOpenTag;
        // Self-closing: nothing inside.
        if (xml.charCodeAt(openTagEnd - 2) === 0x2f /* / */)
            return undefined;
        return { start, end: xml.length, openTagEnd, children: structure.children };
    }
    if (structure.root !== 'testsuites' || structure.children.length !== 2)
        return undefined;
    const [start, end] = structure.children;
    const { openTagEnd, children } = structure.firstChild;
    if (openTagEnd < 0 || tagName(xml, start + 1, end) !== 'testsuite')
        return undefined;
    return { start, end, openTagEnd, children };
}
/**
 * Sibling elements (the suites of a report, the children of a suite) parsed a
 * run of them at a time; `bounds` is start, end, start, end, …
 */
function* siblingPieces(context, bounds) {
    const { xml, pieceChars, source } = context;
    let next = 0;
    while (next < bounds.length) {
        const start = bounds[next];
        let end = bounds[next + 1];
        next += 2;
        if (end - start > pieceChars &&
            context.depth < MAX_PIECE_DEPTH &&
            tagName(xml, start + 1, end) === 'testsuite') {
            const suiteEnd = end;
            yield (outer, into, suiteSource) => collectSuiteAt({ ...context, source: suiteSource }, start, suiteEnd, outer, into);
            continue;
        }
        while (next < bounds.length &&
            end - start < pieceChars &&
            bounds[next + 1] - bounds[next] <= pieceChars) {
            end = bounds[next + 1];
            next += 2;
        }
        // A slice, not a copy with tags around it: the test cases' strings then
        // point into the report's text, not into a new string per piece.
        yield parsePiece(xml, start, end, source);
    }
}
/** The big suite element xml[start, end): its own structure found, then read a piece at a time. */
function collectSuiteAt(context, start, end, outer, into) {
    const structure = emptyStructure();
    // The whole file passed this check; only a limit on what is recorded
    // (elements side by side deeper down) can fail it now.
    const problem = checkStructure(context.xml.slice(start, end), structure);
    if (problem) {
        throw new ReportParseError(context.source.file, lineAt(context.xml, start) + problem.line - 1, problem.message);
    }
    const [openStart, openTagEnd] = structure.rootOpenTag;
    const suite = {
        start: start + openStart,
        end,
        openTagEnd: start + openTagEnd,
        children: structure.children.map((at) => at + start)
    };
    collectSuiteInPieces(context, suite, outer, into);
}
function collectSuiteInPieces(context, suite, outer, into) {
    const { xml, source } = context;
    const [openTag] = parsePiece(xml, suite.start, suite.openTagEnd, source, '</testsuite>');
    collectSuiteParts(openTag, outer, siblingPieces({ ...context, depth: context.depth + 1 }, suite.children), source, into);
}
/** xml[start, end) parsed on its own, with `closingTag` added when the piece is an open tag alone. */
function parsePiece(xml, start, end, source, closingTag = '') {
    refuseTooManyNodes(xml, start, end, source);
    return junit_parseXml(xml.slice(start, end) + closingTag, source.file, xml, parserFor(source));
}
/** Qt 5's reports are read with their comments (see qt5TestCases). */
function parserFor(source) {
    return source.qtest === 5 ? commentParser : parser;
}
/**
 * Elements and attributes read at once at most. The parser makes objects for
 * each (a few hundred bytes), and what cannot be cut into pieces (one
 * testcase, a suite inside more than MAX_PIECE_DEPTH big suites) is read at
 * once: a 256 MiB testcase of `<property/>` elements, or a tag of millions of
 * attributes, would take gigabytes. No test tool writes that many into one
 * element.
 */
const MAX_NODES_AT_ONCE = 500_000;
/**
 * Refuses the element(s) xml[start, end) if they hold more than
 * MAX_NODES_AT_ONCE elements and attributes (and comments, where they are
 * kept: see parserFor).
 */
function refuseTooManyNodes(xml, start, end, source) {
    // ` a` is the shortest attribute (and `<a/>` longer than it): a shorter
    // text cannot hold too many.
    if (end - start <= MAX_NODES_AT_ONCE * ' a'.length)
        return;
    const comments = parserFor(source) === commentParser;
    if (countNodes(xml, start, end, MAX_NODES_AT_ONCE, comments) <=
        MAX_NODES_AT_ONCE)
        return;
    throw new ReportParseError(source.file, lineAt(xml, start), `this <${tagName(xml, start + 1, end)}> holds more than ${grouped(MAX_NODES_AT_ONCE)} elements and attributes, over the limit the action reads at once (memory); no test tool writes as many into one element`);
}
/** No test takes a week: a longer time is in another unit (container-structure-test writes nanoseconds). */
const MAX_TEST_SECONDS = 7 * 24 * 60 * 60;
function junitReport(testCases, hadDoctype, textLength) {
    const report = {
        kind: 'junit',
        testCases,
        doctypeIgnored: hadDoctype,
        textLength
    };
    const impossible = ignoreImpossibleTimes(testCases);
    if (impossible !== undefined)
        report.impossibleSeconds = impossible;
    return report;
}
/**
 * When one time in a file is impossible as seconds, none of the file's times
 * are seconds (a small nanosecond figure looks plausible): all are dropped.
 * Returns the longest time, or undefined when the times are kept.
 */
function ignoreImpossibleTimes(testCases) {
    let longest = 0;
    for (const { seconds } of testCases) {
        if (seconds !== undefined && seconds > longest)
            longest = seconds;
    }
    if (longest <= MAX_TEST_SECONDS)
        return undefined;
    for (const testCase of testCases)
        testCase.seconds = undefined;
    return longest;
}
/** `text` is the document, or a piece of `document`. */
function junit_parseXml(text, reportFile, document = text, reader = parser) {
    try {
        return reader.parse(text);
    }
    catch (error) {
        // The parser does not say where; the (slower) validator does, on the
        // whole document, so that the line is the file's.
        const validation = XMLValidator.validate(document, {
            allowBooleanAttributes: true
        });
        const line = validation === true ? undefined : validation.err.line;
        throw new ReportParseError(reportFile, line, `malformed XML: ${errorMessage(error)}`);
    }
}
/**
 * The children of a <testsuites> element, in parts (see siblingPieces): each
 * suite as it comes, then nested <testsuites>, then the testcases directly
 * inside (node:test writes them), as when parsed all at once.
 */
function collectSuites(parts, outer, source, into, 
/** The suites' own sources, in order (see rootSuiteSources). */
suiteSources) {
    const groups = [];
    const own = [];
    let suites = 0;
    const nextSource = () => suiteSources?.[suites++] ?? source;
    for (const children of parts) {
        if (typeof children === 'function') {
            children(outer, into, nextSource());
            continue;
        }
        for (const child of children) {
            if ('testsuite' in child)
                collectSuite(child, outer, nextSource(), into);
            else if ('testsuites' in child)
                groups.push(child);
            else if ('testcase' in child)
                own.push(toTestCase(child, outer, source));
        }
    }
    for (const group of groups) {
        collectSuites([childrenOf(group, 'testsuites')], outer, source, into);
    }
    if (source.nodeTest)
        nodeTestQuotes(own);
    // Not merged as retries: node:test writes its top-level tests here, from
    // every test file, and two files may well have a test of the same name.
    for (const testCase of own)
        into.push(testCase);
}
function collectSuite(suite, outer, source, into) {
    collectSuiteParts(suite, outer, [childrenOf(suite, 'testsuite')], source, into);
}
/** A suite whose children come in parts: all at once, or a piece at a time (see siblingPieces). */
function collectSuiteParts(suite, outer, parts, source, into) {
    const reportFile = source.file;
    const written = attribute(suite, 'name');
    const name = source.nodeTest ? undoNodeTestQuotes(written) : written;
    const names = name ? [name, ...outer] : outer;
    const own = [];
    // Inner suites are read as they come (PHPUnit nests thousands), and their
    // test cases follow the suite's own, as in the document's tree.
    const inner = [];
    const groups = [];
    // The suite's own output and failures: few.
    const others = [];
    let nested = false;
    const linesFromZero = countsLinesFromZero(suite);
    for (const children of parts) {
        if (typeof children === 'function') {
            children(names, inner, source);
            nested = true;
            continue;
        }
        for (const child of children) {
            if ('testcase' in child) {
                const testCase = toTestCase(child, names, source, linesFromZero);
                if (source.qtest === 5)
                    for (const test of qt5TestCases(child, testCase))
                        own.push(test);
                else
                    own.push(testCase);
            }
            else if ('testsuite' in child) {
                collectSuite(child, names, source, inner);
                nested = true;
            }
            else if ('testsuites' in child)
                groups.push(child);
            else if (!('#text' in child))
                others.push(child);
        }
    }
    // The suite's own testcases, before a `(suite)` one is added.
    const ownTests = own.length;
    const failedItself = others.some((child) => 'failure' in child || 'error' in child);
    const exited = failedItself ? undefined : programExit(others);
    if (failedItself || exited)
        own.push(suiteProblems(others, name, names, reportFile, exited));
    // Qt 5 counts a test's messages (qDebug…) as its suite's errors.
    else if (!nested && groups.length === 0 && source.qtest !== 5) {
        const failed = countedFailures(suite);
        if (failed && own.every(passedPlainly)) {
            own.push(suiteProblems(others, name, names, reportFile, {
                kind: 'error',
                message: own.length === 0
                    ? `The suite counts ${failed} but holds no test: its set-up failed before any test ran.`
                    : `The suite counts ${failed} that none of its tests shows: a set-up or tear-down (beforeAll, afterAll) or code outside the tests failed.`,
                type: '',
                details: ''
            }));
        }
    }
    if (source.tapHarness)
        readTapHarnessSuite(own, outputOf(others, ['system-out']));
    // jest-junit and Bazel write the output at suite level only: a failed test
    // without output of its own shows its suite's. (Qt 5 writes each test's
    // messages in the test too, and all of them again in its suite's.)
    let suiteOutput;
    for (const testCase of own) {
        if (testCase.output === '' &&
            failedOnce(testCase.outcome) &&
            source.qtest !== 5) {
            suiteOutput ??= source.webTestRunner
                ? webTestRunnerOutput(others, ownTests)
                : outputOf(others);
            testCase.output = suiteOutput;
            if (suiteOutput)
                testCase.outputOfSuite = true;
        }
    }
    suiteRulesOfTools(own, name, outer, source);
    // The same tests, run once per Playwright project or browser.
    const runsIn = source.playwright
        ? attribute(suite, 'hostname')
        : source.webTestRunner
            ? propertyValue(others, 'browser.name')
            : source.karma || source.testngTest
                ? name
                : source.wdio
                    ? propertyValue(others, 'capabilities')
                    : '';
    // Trimmed: a blank name names nothing.
    const trimmed = runsIn.trim();
    if (trimmed)
        for (const testCase of own)
            testCase.runsIn = trimmed;
    // WebdriverIO marks its retries (see mergeWdioRetries): a repeated name
    // there is another test.
    const merged = source.wdio
        ? mergeWdioRetries(own)
        : source.repeatsMayBeRetries
            ? mergeRetries(own)
            : own;
    for (const testCase of merged)
        into.push(testCase);
    for (const testCase of inner)
        into.push(testCase);
    for (const group of groups) {
        collectSuites([childrenOf(group, 'testsuites')], names, source, into);
    }
}
/** The name of the test that stands for a suite's own failure. */
const SUITE_TEST_NAME = '(suite)';
/**
 * A <failure> or <error> of the suite itself (Ant and older Surefire: the
 * class failed to load, a set-up failed) is one more failed test, as Jenkins
 * counts it, so that it is neither lost nor silently passed. Its classname is
 * the suite's name, where a marker of the whole suite usually is.
 */
function suiteProblems(children, suiteName, suites, reportFile, 
/** A failure the suite tells of otherwise (see countedFailures, programExit). */
unshown) {
    const problems = [];
    collectProblems(children, 'failure', 'failure', problems);
    collectProblems(children, 'error', 'error', problems);
    if (unshown)
        problems.push(unshown);
    return {
        name: SUITE_TEST_NAME,
        reportedName: '',
        classname: suiteName.trim(),
        file: '',
        suites,
        outcome: outcomeOf(problems, ''),
        seconds: undefined,
        problems,
        markerProperties: NONE,
        output: outputOf(children),
        attachments: NONE,
        reportFile
    };
}
/** What meson adds to a TAP test's stderr when its program exits non-zero. */
const MESON_PROGRAM_EXIT = /\(test program exited with (status code -?\d+)\)\s*$/;
/**
 * meson writes a TAP test as a suite of its subtests: a program that then
 * exits non-zero (crashed after its first subtests, died at a signal), an
 * ERROR to meson, is only this line at the end of the suite's <system-err>.
 */
function programExit(suiteChildren) {
    for (const element of xml_nodes_elements(suiteChildren, 'system-err')) {
        const raw = rawContent(element, 'system-err');
        // Only the end is looked at: the output may be megabytes.
        const match = MESON_PROGRAM_EXIT.exec(raw.slice(-200));
        if (match) {
            return {
                kind: 'error',
                message: `test program exited with ${match[1]}`,
                type: '',
                details: ''
            };
        }
    }
    return undefined;
}
/**
 * What a suite counts as failed, e.g. `1 error`, read where none of its
 * tests failed or was skipped: cmocka writes a failed group set-up only so,
 * karma-junit-reporter an afterAll error, newman a test script's error.
 * (Where a test failed, the counts are left alone: doctest and Catch2 count
 * assertions there, TestNG its skips, not failures outside the tests.)
 */
function countedFailures(suite) {
    const errors = Number(attribute(suite, 'errors')) || 0;
    const failures = Number(attribute(suite, 'failures')) || 0;
    return [
        errors > 0 ? counted(errors, 'error') : '',
        failures > 0 ? counted(failures, 'failure') : ''
    ]
        .filter(Boolean)
        .join(' and ');
}
/**
 * pytest's suites have a `hostname` (or, before pytest 4.6.8 and 5.1, the
 * name `pytest`), and its tests' lines count from 0:
 * `line="8"` is the `def` on line 9. (bun's and common_test's have one too,
 * but their tests' files are no Python: see toTestCase.) Python's junit_xml
 * library, which scripts write reports with by hand, writes a `hostname` when
 * given one, and the `line` it is given, counted from 1: its suites, unlike
 * pytest's, have a `disabled` attribute.
 */
function countsLinesFromZero(suite) {
    // Before 4.6.8 and 5.1 pytest wrote no hostname; its suite's name was
    // then (and is by default) `pytest`.
    return ((rawAttribute(suite, 'hostname') !== '' ||
        rawAttribute(suite, 'name') === 'pytest') &&
        rawAttribute(suite, 'disabled') === '');
}

;// CONCATENATED MODULE: ./src/results/html.ts
/** Untrusted text made safe inside HTML: QA Sphere's comments and the job summary. Pure. */

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
const HAS_HTML_SPECIAL = /[&<>"']/;
function escapeHtml(text) {
    // Most test names need nothing: skip the replace and its allocations.
    if (!HAS_HTML_SPECIAL.test(text))
        return text;
    return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]);
}
/** Text for display in HTML: cleaned, escaped. */
function safeText(text) {
    return escapeHtml(plainText(text));
}
/** Only absolute http(s) URLs become links; anything else is dropped. */
function safeHref(url) {
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
            return undefined;
        }
        return escapeHtml(parsed.href);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/results/comment.ts
/**
 * The HTML comment of one QA Sphere result. Pure. Everything that comes from
 * a report goes through `safeText`: nothing in a report becomes markup.
 */






const COMMENT_LIMITS = {
    /** Test cases listed one by one; the rest are counted. */
    listedTestCases: 25,
    /** Test cases whose failure details are shown. */
    detailedTestCases: 5,
    /** Characters of a test's name, classname or file (a report may hold megabytes). */
    nameChars: 1000,
    /** Failures and errors shown of one test (XCTest writes one per assertion). */
    problemsPerTest: 5,
    /** Characters of one failure/error message plus body. */
    problemChars: 8000,
    /** Characters of a skipped test's reason. */
    skipReasonChars: 500,
    /** Characters of captured output of one failed test (its end is kept). */
    outputChars: 4000
};
function buildComment(outcome, statusLabel, testCases, links, attachments = []) {
    const label = `<strong>${labelText(statusLabel)}</strong>`;
    // One test (the usual case): one line. Comments are posted by the
    // thousand, so they say what matters without boilerplate.
    const single = testCases.length === 1;
    // The same test in two Playwright projects or browsers: named apart.
    const several = !single && runInSeveral(testCases);
    const title = (testCase) => nameText(shownName(testCase, several));
    const head = single
        ? `<p>${label}: ${describeTest(testCases[0], statusLabel)}</p>`
        : `<p>${label}: ${describeCounts(testCases)}</p><ul>`;
    // Most comments: one passed test, one line and the links.
    if (single &&
        outcome === 'passed' &&
        attachments.length === 0 &&
        !warned(testCases[0]))
        return head + footerLinks(links);
    const parts = [head];
    if (!single) {
        // Cut short, the list still shows the tests that failed.
        const listed = testCases.length > COMMENT_LIMITS.listedTestCases
            ? failedFirst(testCases, COMMENT_LIMITS.listedTestCases)
            : testCases;
        for (const testCase of listed)
            parts.push(`<li>${describeTest(testCase, '', several)}</li>`);
        if (testCases.length > listed.length) {
            parts.push(`<li>… and ${counted(testCases.length - listed.length, 'more test')}, not listed.</li>`);
        }
        parts.push('</ul>');
    }
    let failing = [];
    if (outcome === 'failure' || outcome === 'error' || outcome === 'flaky') {
        // Failures and errors before flaky tests, whose failed attempts matter
        // less; for a flaky test: every failed attempt.
        failing = [
            ...testCases.filter((t) => failedOrErrored(t.outcome)),
            ...testCases.filter((t) => t.outcome === 'flaky')
        ];
        const detailed = failing.slice(0, COMMENT_LIMITS.detailedTestCases);
        // A suite's output, given to each of its failed tests, is shown once.
        const shownOutputs = new Set();
        for (const testCase of detailed)
            parts.push(failureDetails(testCase, single ? undefined : title(testCase), shownOutputs));
        if (failing.length > detailed.length) {
            parts.push(`<p>Details of ${counted(failing.length - detailed.length, 'more failed test')} are in the workflow run.</p>`);
        }
    }
    // Warnings of tests that passed (a failed test's are in its details).
    const warnedOnly = testCases
        .filter((t) => warned(t) && !failing.includes(t))
        .slice(0, COMMENT_LIMITS.detailedTestCases);
    for (const testCase of warnedOnly) {
        if (!single)
            parts.push(`<p><strong>${title(testCase)}</strong></p>`);
        for (const problem of testCase.problems.slice(0, COMMENT_LIMITS.problemsPerTest))
            if (problem.kind === 'warning')
                parts.push(problemBlock(problem));
    }
    // Why skipped tests were skipped, also beside tests that passed or failed.
    const reasons = testCases
        .filter((t) => t.outcome === 'skipped')
        .map((t) => [t, skipReason(t)])
        .filter(([, reason]) => reason !== '');
    const givenReasons = reasons.slice(0, COMMENT_LIMITS.detailedTestCases);
    for (const [testCase, reason] of givenReasons) {
        const who = single ? 'Reason' : `<strong>${title(testCase)}</strong>`;
        parts.push(`<p>${who}: ${reason}</p>`);
    }
    const untold = reasons.length - givenReasons.length;
    if (untold > 0) {
        parts.push(`<p>Why ${counted(untold, 'more test')} ${untold === 1 ? 'was' : 'were'} skipped is in the workflow run.</p>`);
    }
    if (attachments.length > 0)
        parts.push(attachmentList(attachments));
    const footer = footerLinks(links);
    if (footer)
        parts.push(footer);
    return parts.join('');
}
/** PHPUnit 9 warns of tests that pass (deprecations, its own addWarning). */
function warned(testCase) {
    return testCase.problems.some((p) => p.kind === 'warning');
}
/** As QA Sphere's own CLI lists a result's files. */
function attachmentList(attachments) {
    const items = attachments.map(({ name, url }) => {
        const href = safeHref(url);
        const text = nameText(name);
        return href ? `<li><a href="${href}">${text}</a></li>` : `<li>${text}</li>`;
    });
    return `<h4>Attachments:</h4><ul>${items.join('')}</ul>`;
}
function describeCounts(testCases) {
    return `${counted(testCases.length, 'test')} (${outcomeCounts(testCases)})`;
}
/**
 * `passed: <code>name</code> in classname (12 ms)`; the outcome is left out
 * when the status label already says it ("Passed: <code>name</code>").
 */
function describeTest(testCase, statusLabel = '', withRunsIn = false) {
    const { name, classname, file } = testCase;
    // jest-junit repeats the name as classname: say it once.
    let where = '';
    if (classname !== '' && classname !== name)
        where = classnameText(classname);
    if (file !== '' && file !== name && file !== classname)
        where = where ? `${where}, ${nameText(file)}` : nameText(file);
    const time = testCase.seconds === undefined
        ? ''
        : ` (${formatSeconds(testCase.seconds)})`;
    const word = OUTCOME_WORDS[testCase.outcome];
    const said = lowerCase(statusLabel).startsWith(word);
    return (`${said ? '' : `${word}: `}<code>${nameText(shownName(testCase, withRunsIn))}</code>` +
        (where ? ` in ${where}` : '') +
        time);
}
/**
 * `heading`: the test's name as HTML, to head the details with (several
 * tests); `shownOutputs`: suite outputs shown already in this comment.
 */
function failureDetails(testCase, heading, shownOutputs) {
    const parts = heading ? [`<p><strong>${heading}</strong></p>`] : [];
    const problems = testCase.problems.filter((p) => p.kind !== 'skipped');
    const shown = problems.slice(0, COMMENT_LIMITS.problemsPerTest);
    for (const problem of shown)
        parts.push(problemBlock(problem));
    if (problems.length > shown.length) {
        parts.push(`<p>… and ${counted(problems.length - shown.length, 'more failure or error', 'more failures and errors')} of this test, not shown.</p>`);
    }
    const { output, outputOfSuite } = testCase;
    if (outputOfSuite && shownOutputs.has(output)) {
        parts.push('<p>Output of its suite: as above.</p>');
    }
    else if (output.trim()) {
        if (outputOfSuite)
            shownOutputs.add(output);
        const { text, omitted } = clipEnd(plainText(output), COMMENT_LIMITS.outputChars);
        const cut = omitted
            ? ` (last ${text.length} characters; ${omitted} cut)`
            : '';
        const whose = outputOfSuite
            ? `Output of its suite${suiteName(testCase)}, all its tests' (the report has none for this test alone)`
            : 'Output';
        parts.push(`<p>${whose}${cut}:</p>`, `<pre><code>${escapeHtml(text)}</code></pre>`);
    }
    return parts.join('');
}
/** A name from the report, ready for HTML: cleaned, clipped, escaped. */
function nameText(text) {
    return escapeHtml(clipped(plainText(text), COMMENT_LIMITS.nameChars));
}
// Comments are built by the thousand, in marker order: consecutive tests
// often share their class, and every result of a status its label.
let lastClassname = '';
let lastClassnameText = '';
function classnameText(classname) {
    if (classname !== lastClassname) {
        lastClassname = classname;
        lastClassnameText = nameText(classname);
    }
    return lastClassnameText;
}
const labels = new Map();
function labelOf(statusLabel) {
    let label = labels.get(statusLabel);
    if (label === undefined) {
        label = { html: safeText(statusLabel), lower: statusLabel.toLowerCase() };
        if (labels.size < 100)
            labels.set(statusLabel, label);
    }
    return label;
}
const labelText = (statusLabel) => labelOf(statusLabel).html;
const lowerCase = (statusLabel) => labelOf(statusLabel).lower;
function suiteName(testCase) {
    const suite = testCase.suites[0];
    return suite ? ` <code>${nameText(suite)}</code>` : '';
}
/** Characters of a skip's message or details read for its reason. */
const SKIP_REASON_READ_CHARS = 10_000;
/** go's test log around what a test said: `=== RUN`, `--- SKIP: …`. */
// Spaces, not \s: with `m`, \s* would run across the next line breaks and
// retry from every line (quadratic on a reason of blank lines).
const GO_LOG_FRAMING = /^[ \t]*(?:=== (?:RUN|PAUSE|CONT|NAME)\s|--- (?:SKIP|PASS|FAIL):)/m;
/** Where go's t.Skip was called: `auth_test.go:31: `. */
const GO_LOCATION = /^[ \t]*[\w./\\-]+\.go:\d+: /;
/** Where a stack starts after a skip's reason: a JVM or JavaScript frame, Lua's or Python's traceback. */
const STACK_START = /\n[ \t]*(?:at [\w$.<>/@-]+ ?\(|stack traceback:|Traceback \(most recent call last\):)/;
/**
 * The JVM's exception of a failed assumption before its message
 * (`org.opentest4j.TestAbortedException: Assumption failed: …`, JUnit 4's
 * `org.junit.AssumptionViolatedException: got: …`): every such skip says
 * it, so the message alone is the reason.
 */
const ASSUMPTION_EXCEPTION = /^(?:org\.opentest4j\.TestAbortedException|org\.junit\.(?:internal\.)?AssumptionViolatedException): (?=\S)/;
/** JUnit 5's vintage engine's reason of an ignored test when the runner gave none. */
const VINTAGE_NO_REASON = '<unknown>';
/** pytest's module skip: `('/w/tests/test_x.py', 4, 'Skipped: needs the SDK')`. */
const PYTEST_MODULE_SKIP = /^\(.*, \d+, (['"])Skipped: (.*)\1\)$/s;
/** The reason of pytest's module skip, unescaped from its repr. */
function pytestModuleSkip(details) {
    return PYTEST_MODULE_SKIP.exec(details)?.[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
/** Why a test was skipped, as its report says (`<skipped message="…">`), ready for HTML. */
function skipReason(testCase) {
    const skip = testCase.problems.find((p) => p.kind === 'skipped');
    if (!skip)
        return '';
    // node:test writes message="true" for `{ skip: true }`: no reason.
    const written = skip.message.trim();
    const message = written === 'true' || written === 'false' ? '' : written;
    const details = skip.details.trim();
    // Only the start is shown: only the start is read.
    let told = (message && !(details && restatesTest(message, testCase.name, 'skipped'))
        ? message
        : details).slice(0, SKIP_REASON_READ_CHARS);
    // JUnit 5's vintage engine writes `<unknown>` for a JUnit 4 runner's
    // ignored test that has no @Ignore of its own (Spock's @Ignore): no reason.
    if (!message && told === VINTAGE_NO_REASON)
        told = '';
    // common_test: `{tc_user_skip,"feature not ready"}`, an auto-skip's term.
    if (told.startsWith('{tc_'))
        told = erlangSkipReason(told) ?? told;
    // pytest's module skipped whole (importorskip, `allow_module_level`):
    // `collection skipped`, and the reason in a Python tuple's repr.
    if (message === 'collection skipped')
        told = pytestModuleSkip(details.slice(0, SKIP_REASON_READ_CHARS)) ?? told;
    // go writes the test's whole log: t.Skip's line is the last it located
    // (earlier ones are t.Log's).
    if (GO_LOG_FRAMING.test(told)) {
        const lines = told.split('\n');
        const located = lines.filter((line) => GO_LOCATION.test(line));
        told =
            located.length > 0
                ? located[located.length - 1].replace(GO_LOCATION, '')
                : lines.filter((line) => !GO_LOG_FRAMING.test(line)).join(' ');
    }
    // A reason with its stack (JUnit 5's aborted assumption, Lua's
    // `stack traceback:`): the reason alone.
    const stack = STACK_START.exec(told);
    if (stack && stack.index > 0 && told.slice(0, stack.index).trim())
        told = told.slice(0, stack.index);
    const reason = told
        .replace(ASSUMPTION_EXCEPTION, '')
        .replace(/\s+/g, ' ')
        .trim();
    return escapeHtml(clipped(plainText(reason), COMMENT_LIMITS.skipReasonChars));
}
function problemBlock(problem) {
    // bats writes type="failure": not "failure failure".
    const type = problem.type.toLowerCase() === problem.kind.toLowerCase()
        ? ''
        : problem.type;
    const heading = [problem.kind, type].filter(Boolean).join(' ');
    const message = problem.message.trim();
    const details = escapedOnce(problem.details.trim());
    // Most tools repeat the message at the top of the stack trace, some with
    // other line breaks (node:test's reporter removes them from the message).
    const body = message === '' ||
        details.includes(message) ||
        repeatsSpacedOtherwise(details, message)
        ? details
        : details === ''
            ? message
            : `${message}\n\n${details}`;
    const { text, omitted } = clipStart(plainText(body), COMMENT_LIMITS.problemChars);
    if (text.trim() === '')
        return `<p>${nameText(heading)}, with no message.</p>`;
    return (`<p>${nameText(heading)}:</p><pre><code>${escapeHtml(text)}</code></pre>` +
        (omitted ? `<p>(${counted(omitted, 'more character')} cut)</p>` : ''));
}
/**
 * A reference to one of the characters HTML escaping replaces; Handlebars
 * (@hapi/lab's junit template) writes `'`, `=` and `` ` `` in hex:
 * `&#x27;`, `&#x3D;`, `&#x60;`.
 */
const ESCAPED = /&(?:lt|gt|amp|quot|#34|#39|#x27|#x3D|#x60);/;
/** One of those characters as itself: a `&` that starts no such reference. */
const UNESCAPED = /[<>"']|&(?!(?:lt|gt|amp|quot|#34|#39|#x27|#x3D|#x60);)/;
/** A JavaScript stack frame's line: Nightwatch's escaped details are an error's stack. */
const JS_FRAME = /\n[ \t]+at \S/;
/**
 * Details escaped for HTML before the tool wrote them in a CDATA section,
 * where an XML reader takes them literally (Nightwatch's junit template:
 * `at new Promise (&lt;anonymous&gt;)`), read once more: only an error's
 * stack, and only when such references are all there is of those
 * characters (another tool's log may well show escaped text as it is).
 */
function escapedOnce(details) {
    return ESCAPED.test(details) &&
        JS_FRAME.test(details) &&
        !UNESCAPED.test(details)
        ? xml_text_decodeEntities(details)
        : details;
}
/** Characters of details searched for a message spaced otherwise. */
const REPEAT_READ_CHARS = 10_000;
/** Whether the details hold the message, whitespace aside. */
function repeatsSpacedOtherwise(details, message) {
    if (message.length > REPEAT_READ_CHARS)
        return false;
    const compact = (text) => text.replace(/\s+/g, '');
    const wanted = compact(message);
    return (wanted !== '' &&
        compact(details.slice(0, REPEAT_READ_CHARS + message.length)).includes(wanted));
}
/** The same for every comment of an upload: built once. */
const footerCache = new WeakMap();
function footerLinks(links) {
    const cached = footerCache.get(links);
    if (cached !== undefined)
        return cached;
    const footer = buildFooter(links);
    footerCache.set(links, footer);
    return footer;
}
function buildFooter(links) {
    const items = [];
    const runHref = links.runUrl ? safeHref(links.runUrl) : undefined;
    if (runHref) {
        items.push(`<a href="${runHref}">${safeText(links.runLabel ?? 'Workflow run')}</a>`);
    }
    const commitHref = links.commitUrl ? safeHref(links.commitUrl) : undefined;
    if (commitHref && links.sha) {
        items.push(`commit <a href="${commitHref}">${safeText(links.sha.slice(0, 7))}</a>`);
    }
    // An entity, not `·`: one non-ASCII character in every comment makes
    // encoding a batch body to UTF-8 several times slower.
    return items.length > 0 ? `<p>${items.join(' &middot; ')}</p>` : '';
}
function formatSeconds(seconds) {
    // Each unit is chosen after rounding: never `1000 ms`, `60 s` or `1 min 60 s`.
    const ms = Math.round(seconds * 1000);
    if (ms < 1000)
        return `${ms} ms`;
    const hundredths = Math.round(seconds * 100);
    if (hundredths < 6000)
        return `${hundredths / 100} s`;
    const whole = Math.round(seconds);
    return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

;// CONCATENATED MODULE: ./src/results/plan.ts
/**
 * Test cases + the run's test-case listing → one planned result per QA Sphere
 * test case. Pure.
 */







const DEFAULT_SCHEME = {
    statusOf: DEFAULT_STATUS_MAP,
    nameOf: (status) => statusName(status, DEFAULT_STATUSES)
};
/** Worst wins when several test cases report to one marker. */
const OUTCOME_RANK = {
    failure: 5,
    error: 4,
    flaky: 3,
    passed: 2,
    skipped: 1
};
/**
 * Marked test cases kept at most in one upload (one per marker on it), and
 * their failures, errors and skips, so that many reports cannot add up to
 * more memory than a runner has. Posting 1,000,000 results takes about
 * 1.2 GB of the JavaScript heap, and node's heap on a 7 GB runner is about
 * 1.75 GB.
 */
const MAX_KEPT_TEST_CASES = 1_000_000;
const MAX_KEPT_PROBLEMS = MAX_PROBLEMS;
/**
 * Characters of report text kept at most (the kept tests' names, failures
 * and output, or the whole text of a report they keep alive; see add): one
 * report's worth, however many reports add to it.
 */
const MAX_KEPT_CHARS = 256 * 1024 * 1024;
/** Node's heap on a 7 GB runner (v8's heap_size_limit), which the limits above are sized for. */
const SIZED_FOR_HEAP_BYTES = 1792 * 1024 * 1024;
/**
 * The limits for a heap of `heapBytes` (v8's heap_size_limit): on a smaller
 * heap (node takes about a quarter of the machine's memory: a 4 GB container
 * gets 1 GB), smaller in proportion, so that a report is refused with a
 * message rather than the process killed by "heap out of memory".
 */
function keptLimits(heapBytes) {
    const share = Math.min(1, heapBytes / SIZED_FOR_HEAP_BYTES);
    const limits = {
        testCases: Math.floor(MAX_KEPT_TEST_CASES * share),
        problems: Math.floor(MAX_KEPT_PROBLEMS * share),
        chars: Math.floor(MAX_KEPT_CHARS * share)
    };
    return share < 1 ? { ...limits, heapBytes } : limits;
}
/** Collects test cases by marker, one report file at a time. */
class MarkerGroups {
    finder;
    limits;
    groups = new Map();
    unmarkedTestCases = 0;
    keptTestCases = 0;
    keptProblems = 0;
    keptChars = 0;
    constructor(finder, limits = keptLimits(SIZED_FOR_HEAP_BYTES)) {
        this.finder = finder;
        this.limits = limits;
    }
    /**
     * One report's test cases (`textLength`: the report's, whose text their
     * strings are slices of). Returns why the report is refused, nothing of it
     * added: a test with more than MAX_MARKERS_PER_TEST markers, or marked test
     * cases that would take the upload over the limits (a test counts once per
     * marker; unmarked ones are only counted).
     */
    add(testCases, textLength = 0) {
        const seqsOf = new Array(testCases.length);
        let kept = 0;
        let problems = 0;
        let chars = 0;
        // What test cases share is counted once.
        const suiteLists = new Set();
        const runsInValues = new Set();
        /** The limit the upload would go over with this report, if any. */
        const overLimit = () => this.keptTestCases + kept > this.limits.testCases
            ? `${grouped(this.limits.testCases)} marked testcases (one per marker on it)`
            : this.keptProblems + problems > this.limits.problems
                ? `${grouped(this.limits.problems)} failures, errors and skips of marked testcases`
                : this.keptChars + chars > this.limits.chars
                    ? `${grouped(this.limits.chars)} characters of report text (the marked tests' names, failures and output, or the whole text of a report that is mostly marked tests)`
                    : undefined;
        for (let i = 0; i < testCases.length; i++) {
            const testCase = testCases[i];
            const seqs = this.finder.ofTestCase(testCase);
            if (seqs.length > MAX_MARKERS_PER_TEST) {
                return `the test "${plainText(clipped(testCase.name, 100))}" carries more than ${grouped(MAX_MARKERS_PER_TEST)} markers, more than any test marks (memory)`;
            }
            seqsOf[i] = seqs;
            if (seqs.length > 0) {
                kept += seqs.length;
                problems += testCase.problems.length;
                chars += ownTextLength(testCase);
                if (!suiteLists.has(testCase.suites)) {
                    suiteLists.add(testCase.suites);
                    for (const suite of testCase.suites)
                        chars += suite.length;
                }
                const { runsIn } = testCase;
                if (runsIn !== undefined && !runsInValues.has(runsIn)) {
                    runsInValues.add(runsIn);
                    chars += runsIn.length;
                }
            }
            if (overLimit())
                break;
        }
        // Kept as slices, the strings keep the report's whole text. Copies free
        // it, but take time and memory when most of it is kept (a big report of
        // marked tests): made only when little of it is.
        const copy = kept > 0 && chars * 4 < textLength;
        if (kept > 0 && !copy)
            chars = Math.max(chars, textLength);
        const over = overLimit();
        if (over) {
            const { heapBytes } = this.limits;
            const heap = heapBytes === undefined
                ? ''
                : `, limits made smaller for node's heap of ${grouped(Math.round(heapBytes / 2 ** 20))} MiB, they are sized for ${grouped(SIZED_FOR_HEAP_BYTES / 2 ** 20)} MiB`;
            return `with its marked testcases the upload would keep more than ${over}, the most one upload keeps (memory${heap}); upload the reports in several steps`;
        }
        this.keptTestCases += kept;
        this.keptProblems += problems;
        this.keptChars += chars;
        const copies = sharedCopies();
        for (let i = 0; i < testCases.length; i++) {
            const seqs = seqsOf[i];
            if (seqs.length === 0) {
                this.unmarkedTestCases++;
                continue;
            }
            const testCase = copy
                ? detachedTestCase(testCases[i], copies)
                : testCases[i];
            for (const seq of seqs) {
                const group = this.groups.get(seq);
                if (group)
                    group.push(testCase);
                else
                    this.groups.set(seq, [testCase]);
            }
        }
        return undefined;
    }
    get size() {
        return this.groups.size;
    }
    /** Sequence numbers marked anywhere, ascending. */
    seqs() {
        return [...this.groups.keys()].sort((a, b) => a - b);
    }
    plan(tcaseIdBySeq, links, scheme = DEFAULT_SCHEME) {
        const code = this.finder.projectCode;
        const results = [];
        const unmatched = [];
        for (const seq of this.seqs()) {
            const testCases = this.groups.get(seq) ?? [];
            const tcaseId = tcaseIdBySeq.get(seq);
            if (tcaseId === undefined) {
                unmatched.push(formatMarker(code, seq));
                continue;
            }
            const outcome = worstOutcome(testCases);
            results.push(new Planned(formatMarker(code, seq), seq, tcaseId, outcome, scheme.statusOf[outcome], totalMilliseconds(testCases), testCases, links, scheme.nameOf));
        }
        return { results, unmatched, unmarkedTestCases: this.unmarkedTestCases };
    }
}
/** A planned result whose comment is built when read (posted), not all at once: 100,000 comments are 40 MB. */
class Planned {
    marker;
    seq;
    tcaseId;
    outcome;
    status;
    timeTaken;
    testCases;
    workflowLinks;
    nameOf;
    links;
    attachments;
    constructor(marker, seq, tcaseId, outcome, status, timeTaken, testCases, workflowLinks, nameOf) {
        this.marker = marker;
        this.seq = seq;
        this.tcaseId = tcaseId;
        this.outcome = outcome;
        this.status = status;
        this.timeTaken = timeTaken;
        this.testCases = testCases;
        this.workflowLinks = workflowLinks;
        this.nameOf = nameOf;
    }
    get statusName() {
        return this.nameOf(this.status);
    }
    get comment() {
        return buildComment(this.outcome, this.statusName, this.testCases, this.workflowLinks, this.attachments);
    }
}
function worstOutcome(testCases) {
    let worst = 'skipped';
    for (const { outcome } of testCases) {
        if (OUTCOME_RANK[outcome] > OUTCOME_RANK[worst])
            worst = outcome;
    }
    return worst;
}
function totalMilliseconds(testCases) {
    let total;
    for (const { seconds } of testCases) {
        if (seconds !== undefined)
            total = (total ?? 0) + seconds;
    }
    return total === undefined ? undefined : Math.round(total * 1000);
}

;// CONCATENATED MODULE: ./src/util/node-heap.ts
/**
 * The heap node was given for this process, from its options: what the
 * limits of what an upload keeps are sized by (see keptLimits). Pure.
 */
/**
 * The heap to size the kept limits by (see keptLimits): v8's heap_size_limit,
 * or less, the old generation node was given with --max-old-space-size or
 * --max-old-space-size-percentage (node 24; it takes precedence) in
 * `options` (NODE_OPTIONS' words, then node's own arguments: the last one
 * given counts). heap_size_limit also counts the young generation, where the
 * kept test cases do not stay: node 20 gives it at most 48 MiB, node 24 up to
 * 192 MiB whatever the old generation is, so on node 24 a heap of
 * --max-old-space-size=128 was taken for 320 MiB, the limits were 2.5 times
 * too large and the process died of "heap out of memory" instead of refusing
 * the report. `memoryBytes`: the memory the percentage is of.
 */
function heapForKeptLimits(heapSizeLimit, options, memoryBytes) {
    let oldSpace;
    let percentage;
    for (let i = 0; i < options.length; i++) {
        const match = /^--max[-_]old[-_]space[-_]size([-_]percentage)?(?:=(.*))?$/s.exec(options[i]);
        if (!match)
            continue;
        // node 24 reads both as its own options: the value may be the next word.
        const value = match[2] ?? options[++i] ?? '';
        if (match[1] !== undefined) {
            if (/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value))
                percentage = Number(value);
        }
        else if (/^\d+$/.test(value))
            oldSpace = Number(value) * 2 ** 20;
    }
    const given = percentage !== undefined ? (memoryBytes * percentage) / 100 : oldSpace;
    return given !== undefined && given > 0 && given < heapSizeLimit
        ? Math.floor(given)
        : heapSizeLimit;
}
/**
 * NODE_OPTIONS' words as node splits them: at spaces (only), with `"…"`
 * quoting anywhere in a word and `\\` escaping the next character inside
 * quotes (`--max-old-space-size="128"` is `--max-old-space-size=128`).
 */
function nodeOptionsWords(value) {
    const words = [];
    let word;
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
        let c = value[i];
        if (quoted && c === '\\' && i + 1 < value.length)
            c = value[++i];
        else if (c === ' ' && !quoted) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
            continue;
        }
        else if (c === '"') {
            quoted = !quoted;
            continue;
        }
        word = (word ?? '') + c;
    }
    if (word !== undefined)
        words.push(word);
    return words;
}

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const esm_sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = esm_sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/reports/find.ts
/**
 * Report files matching glob patterns, relative to the workspace.
 * Never leaves the workspace: patterns reaching out with `..` or an outside
 * absolute path are refused, and symbolic links are not followed.
 */





/** Glob syntax; `@`, `+` and `!` only before `(` (extglobs), so `@scope` dirs stay plain. */
const GLOB_CHARS = /[*?[\]{}]|[@+!]\(/;
const MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: true };
/** Windows file names ignore case, and so do its globs (as in @actions/glob, which upload-artifact uses). */
const IGNORES_CASE = process.platform === 'win32';
/** Paths one, two and three levels below a directory, in names no file has. */
const DESCENDANTS = ['\u0000', '\u0000/\u0000', '\u0000/\u0000/\u0000'];
/** Never searched: version-control internals. */
const SKIPPED_DIRECTORIES = new Set(['.git']);
/** Where one file can have two names that differ only in letter case. */
const CASE_FOLDING = process.platform === 'win32' || process.platform === 'darwin';
async function findReports(patterns, workspace, ignoreCase = IGNORES_CASE) {
    // Paths are reported under the workspace as given; containment is checked
    // against its real path too, in case the workspace is reached through a link.
    const base = external_node_path_default().resolve(workspace);
    const root = await (0,external_node_fs_promises_namespaceObject.realpath)(base);
    const refused = [];
    const includes = [];
    const excludes = [];
    for (const line of patterns) {
        const exclude = line.startsWith('!');
        const relative = await toWorkspacePattern(exclude ? line.slice(1) : line, base, root, exclude);
        if (relative === undefined) {
            refused.push(`${line} (outside the workspace)`);
            continue;
        }
        const matchers = exclude ? excludes : includes;
        matchers.push(new Minimatch(relative, { ...MATCH_OPTIONS, nocase: ignoreCase }));
        // A glob naming folders (`**/node_modules`, `**/surefire-reports`)
        // covers what is under them, as a plain folder does (and as in
        // @actions/glob): everything for an exclude, XML files for an include.
        // A last part named like a file (`**/junit.xml`) names files.
        const last = relative.slice(relative.lastIndexOf('/') + 1);
        if (GLOB_CHARS.test(relative) &&
            !GLOB_CHARS.test(last) &&
            last.lastIndexOf('.') <= 0) {
            matchers.push(new Minimatch(exclude ? `${relative}/**` : `${relative}/**/*.xml`, {
                ...MATCH_OPTIONS,
                nocase: ignoreCase
            }));
        }
    }
    const found = new Set();
    const links = new Set();
    const isExcluded = (relative) => excludes.some((m) => m.match(relative));
    // An exclude like `**/node_modules/**` covers whole directories: skip walking
    // them. One that matches only some depths (`dir/*`) leaves the walk to check
    // each file.
    const isExcludedDirectory = (relative) => excludes.some((m) => DESCENDANTS.every((below) => m.match(`${relative}/${below}`)));
    // Patterns starting in the same directory share one walk: the defaults
    // all start at the root, and walking a big checkout once per pattern took
    // seven times as long.
    const walks = new Map();
    /** A pattern's fixed part passes through a symbolic link. */
    let throughLink = false;
    /** Fixed parts that lead out of the workspace, said once. */
    const linksOut = new Set();
    for (const include of includes) {
        const start = staticPrefix(include.pattern);
        const startPath = external_node_path_default().join(base, start);
        // The fixed part of a pattern may itself pass through a symbolic link.
        const realStart = await (0,external_node_fs_promises_namespaceObject.realpath)(startPath).catch(() => undefined);
        if (realStart === undefined)
            continue;
        if (!isInside(root, realStart)) {
            // Bazel's bazel-testlogs, for one: say why nothing is found there.
            if (!linksOut.has(start)) {
                linksOut.add(start);
                refused.push(`${include.pattern} (${start} leads out of the workspace through a symbolic link, not followed)`);
            }
            continue;
        }
        if (external_node_path_default().relative(root, realStart) !== start)
            throughLink = true;
        // A folder is followed to where it leads, inside the workspace: the
        // workspace itself may be a link (self-hosted runners), and so may the
        // folder a pattern names (`out/*.xml`, out a link to build/out). Below
        // it, no link is followed, and a report that is a link is never read.
        const startStat = await (0,external_node_fs_promises_namespaceObject.stat)(startPath).catch(() => undefined);
        if (!startStat)
            continue;
        if (startStat.isFile() &&
            (await (0,external_node_fs_promises_namespaceObject.lstat)(startPath).catch(() => undefined))?.isSymbolicLink() !==
                false) {
            if (include.match(start) && !isExcluded(start))
                links.add(start);
            continue;
        }
        if (startStat.isFile()) {
            if (include.match(start) && !isExcluded(start))
                found.add(startPath);
            continue;
        }
        const shared = walks.get(startPath);
        if (shared)
            shared.includes.push(include);
        else
            walks.set(startPath, { start, includes: [include] });
    }
    for (const [startPath, { start, includes }] of walks) {
        walk(startPath, start, includes, isExcluded, isExcludedDirectory, {
            found,
            links
        });
    }
    const files = [...found].sort();
    return {
        files: throughLink || CASE_FOLDING ? firstNames(files) : files,
        refused,
        links: await linksNotFound([...links].sort(), base, root, found)
    };
}
/** Of report files that are links, those whose file is not read under its own name. */
async function linksNotFound(links, base, root, found) {
    const unread = [];
    for (const link of links) {
        const real = await (0,external_node_fs_promises_namespaceObject.realpath)(external_node_path_default().join(base, link)).catch(() => undefined);
        const read = real !== undefined &&
            isInside(root, real) &&
            (found.has(real) || found.has(external_node_path_default().join(base, external_node_path_default().relative(root, real))));
        if (!read)
            unread.push(link);
    }
    return unread;
}
/**
 * Each file once, by its first name: a pattern through a link, or in other
 * letter case, can name a file the walk finds too.
 */
function firstNames(files) {
    const seen = new Set();
    return files.filter((file) => {
        let id;
        try {
            const { dev, ino } = (0,external_node_fs_namespaceObject.statSync)(file);
            id = `${dev}:${ino}`;
        }
        catch {
            return true; // gone: its read says so
        }
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
/**
 * Synchronous: each asynchronous directory call waits for a thread of node's
 * pool, and a checkout of 28,000 directories took 4 s to walk, against 0.5 s.
 */
function walk(directory, relativeDirectory, includes, isExcluded, isExcludedDirectory, into) {
    let entries;
    try {
        entries = (0,external_node_fs_namespaceObject.opendirSync)(directory);
    }
    catch {
        return; // unreadable: nothing to find there
    }
    try {
        for (let entry = readEntry(entries); entry !== null; entry = readEntry(entries)) {
            const relative = relativeDirectory
                ? `${relativeDirectory}/${entry.name}`
                : entry.name;
            // Symbolic links are never followed: they could lead out of the
            // workspace. A report that is one is named, so the user knows why.
            if (entry.isSymbolicLink()) {
                if (includes.some((include) => include.match(relative)) &&
                    !isExcluded(relative))
                    into.links.add(relative);
                continue;
            }
            if (entry.isDirectory()) {
                if (SKIPPED_DIRECTORIES.has(entry.name) ||
                    isExcludedDirectory(relative) ||
                    !includes.some((include) => include.match(relative, true)))
                    continue;
                walk(external_node_path_default().join(directory, entry.name), relative, includes, isExcluded, isExcludedDirectory, into);
            }
            else if (entry.isFile() &&
                includes.some((include) => include.match(relative)) &&
                !isExcluded(relative)) {
                into.found.add(external_node_path_default().join(directory, entry.name));
            }
        }
    }
    finally {
        entries.closeSync();
    }
}
/** The next entry; null at the end, or when the directory cannot be read further. */
function readEntry(entries) {
    try {
        return entries.readSync();
    }
    catch {
        return null;
    }
}
/**
 * A pattern relative to the workspace root, in POSIX form; undefined when it
 * points outside. A plain directory means every XML file under it, or, to
 * exclude, everything under it.
 */
async function toWorkspacePattern(pattern, base, root, exclude) {
    let candidate = pattern.trim().replace(/\\/g, '/');
    if (external_node_path_default().isAbsolute(candidate)) {
        const within = [base, root].find((dir) => isInside(dir, candidate));
        if (within === undefined)
            return undefined;
        candidate = external_node_path_default().relative(within, candidate).split((external_node_path_default()).sep).join('/');
    }
    candidate = external_node_path_default().posix.normalize(candidate).replace(/^\.\//, '');
    if (candidate === '..' || candidate.startsWith('../'))
        return undefined;
    if (candidate === '.' || candidate === '')
        candidate = '';
    if (!GLOB_CHARS.test(candidate)) {
        const isDirectory = await (0,external_node_fs_promises_namespaceObject.stat)(external_node_path_default().join(base, candidate))
            .then((s) => s.isDirectory())
            .catch(() => false);
        if (isDirectory) {
            const below = exclude ? '**' : '**/*.xml';
            return candidate ? `${candidate.replace(/\/$/, '')}/${below}` : below;
        }
    }
    return candidate.replace(/\/$/, '');
}
/** The leading path segments without glob characters: where a walk can start. */
function staticPrefix(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (GLOB_CHARS.test(segment))
            break;
        fixed.push(segment);
    }
    if (fixed.length === segments.length - 1 &&
        !GLOB_CHARS.test(segments[segments.length - 1])) {
        return pattern;
    }
    return fixed.join('/');
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/reports/decode.ts
/**
 * Turns a report file's bytes into text: UTF-8 (with or without BOM), UTF-16
 * (LE/BE), or the 8-bit or Asian encoding its XML declaration names.
 */

class ReportDecodeError extends Error {
}
const utf8 = new TextDecoder('utf-8', { fatal: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false });
function decodeReport(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        return withoutNul(utf8.decode(bytes.subarray(3)));
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        return withoutNul(utf16le.decode(bytes.subarray(2)));
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return withoutNul(utf16le.decode(swapByteOrder(bytes.subarray(2))));
    }
    const order = bomlessUtf16(bytes);
    if (order === 'le')
        return withoutNul(utf16le.decode(bytes));
    if (order === 'be')
        return withoutNul(utf16le.decode(swapByteOrder(bytes)));
    const hasNul = bytes.includes(0);
    if (hasNul && !startsWithTag(bytes)) {
        throw new ReportDecodeError(bytes[0] === SUBUNIT_V2_SIGNATURE
            ? "it starts with a subunit stream, not XML: subunit2junitxml passes the tests' output through before the XML unless given --no-passthrough (or -o FILE)"
            : 'it is a binary file, not XML text (it contains NUL bytes)');
    }
    const text = declaredEncoding(bytes)?.decode(bytes) ?? utf8.decode(bytes);
    return hasNul ? withoutNul(text) : text;
}
/**
 * A NUL in an XML report (a test's captured output) replaced, as invalid
 * bytes are, rather than every result of the file lost.
 */
function withoutNul(text) {
    return text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text;
}
/** The first byte of a subunit v2 packet. */
const SUBUNIT_V2_SIGNATURE = 0xb3;
/** Whether the first byte after any whitespace is `<`: XML text, not a binary file. */
function startsWithTag(bytes) {
    const end = Math.min(bytes.length, LEADING_SPACE_LIMIT);
    for (let i = 0; i < end; i++) {
        if (bytes[i] === 0x3c)
            return true;
        if (!isXmlSpace(bytes[i]))
            return false;
    }
    return false;
}
/** Bytes of whitespace a file may start with before its first '<'. */
const LEADING_SPACE_LIMIT = 4096;
/**
 * UTF-16 without a BOM: the first '<', after any whitespace, sits next to a
 * zero byte, on its right (little-endian) or left (big-endian).
 */
function bomlessUtf16(bytes) {
    const end = Math.min(bytes.length - 1, LEADING_SPACE_LIMIT);
    for (let i = 0; i < end; i += 2) {
        const first = bytes[i];
        const second = bytes[i + 1];
        if (first === 0x3c && second === 0x00)
            return 'le';
        if (first === 0x00 && second === 0x3c)
            return 'be';
        const space = (second === 0x00 && isXmlSpace(first)) ||
            (first === 0x00 && isXmlSpace(second));
        if (!space)
            return undefined;
    }
    return undefined;
}
function isXmlSpace(byte) {
    return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
/** The encoding an XML declaration names, if any. */
const DECLARED_ENCODING = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/;
/**
 * Windows-1252's 0x80-0x9F, as WHATWG maps them (also for a declared
 * ISO-8859-1). By hand: node 20.18 and later decode them as C1 control
 * characters (`€`, curly quotes and dashes were lost).
 */
const CP1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
    '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;
const windows1252 = {
    decode(bytes) {
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
            .toString('latin1')
            .replace(C1, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
    }
};
/**
 * The decoder of the encoding the XML declaration names (windows-1250,
 * ISO-8859-2, Shift_JIS …), as XML parsers read it; undefined for UTF-8,
 * UTF-16 (in ASCII-compatible bytes) and labels node does not know, which are
 * read as UTF-8. Also for x-user-defined: not a character set (WHATWG's
 * bytes-as-private-use-characters for binary data, which no XML parser
 * knows); node 20 does not know it, node 24's TextDecoder turns every byte
 * above 0x7F into U+F780-U+F7FF, so the report's non-ASCII text was lost.
 */
function declaredEncoding(bytes) {
    const head = String.fromCharCode(...bytes.subarray(0, 200));
    const label = DECLARED_ENCODING.exec(head)?.[1];
    if (label === undefined || /^utf-?8$/i.test(label))
        return undefined;
    let decoder = knownDecoder(label);
    if (decoder === undefined) {
        // Python's spelling (`latin-1`, `iso8859_15`), which its ElementTree,
        // and so the junit_xml library, writes as given. junit_xml's documented
        // use writes the text to a file opened as UTF-8 under that declaration:
        // bytes that are UTF-8 are read so.
        const python = pythonSpelling(label);
        decoder = python === undefined ? undefined : knownDecoder(python);
        if (decoder !== undefined && (0,external_node_buffer_namespaceObject.isUtf8)(bytes))
            return undefined;
    }
    if (decoder === undefined ||
        decoder.encoding.startsWith('utf-') ||
        decoder.encoding === 'x-user-defined')
        return undefined;
    // Also ISO-8859-1 and ASCII: WHATWG reads them as windows-1252.
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
}
/** A label as Python spells it, as WHATWG does (`latin-1` is `latin1`); undefined if none. */
function pythonSpelling(label) {
    const spelled = label
        .toLowerCase()
        .replaceAll('_', '-')
        .replace(/^latin-(\d)$/, 'latin$1');
    return spelled === label.toLowerCase() ? undefined : spelled;
}
/** A decoder of that label, if node knows it. */
function knownDecoder(label) {
    try {
        return new TextDecoder(label);
    }
    catch {
        return undefined;
    }
}
function swapByteOrder(bytes) {
    const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
    for (let i = 0; i + 1 < bytes.length; i += 2) {
        swapped[i] = bytes[i + 1];
        swapped[i + 1] = bytes[i];
    }
    return swapped;
}

;// CONCATENATED MODULE: ./src/reports/load.ts
/** Reads one report file from disk and parses it: size-limited, any supported encoding. */







/** Larger files are refused rather than risking the runner's memory. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * `root`: the workspace's real path; the file read must still be inside it.
 * A file found in the workspace can be swapped for a link out of it before
 * it is read; the open file is then compared with what its path now
 * resolves to. `secrets` (the API key, the github-token): replaced by `***`
 * before the report is parsed, so no comment, summary or log line can hold
 * them (a test that prints its environment writes them into its output).
 */
function loadReport(file, displayName, root, 
/** Secrets by name (`api-key`): replaced by *** wherever the report holds them. */
secrets = {}) {
    const bytes = readReportFile(file, displayName, root);
    let text;
    try {
        text = decodeReport(bytes);
    }
    catch (error) {
        if (error instanceof ReportDecodeError) {
            throw new ReportParseError(displayName, undefined, error.message);
        }
        throw error;
    }
    const { text: shown, hidden: removedSecrets } = hideSecrets(text, secrets, MIN_SECRET_CHARS);
    const report = parseJUnit(shown, displayName);
    return removedSecrets.length > 0 ? { ...report, removedSecrets } : report;
}
/**
 * The file's bytes, with the checks loadReport describes. Synchronous: each
 * asynchronous call waits for a thread of the pool, and the six per file
 * made 20,000 small reports (Surefire writes one per test class) take 6 s,
 * against 0.6 s.
 */
function readReportFile(file, displayName, root) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, OPEN_CHECKED);
    }
    catch (error) {
        throw unreadable(error, displayName);
    }
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile()) {
            throw new ReportParseError(displayName, undefined, `the file cannot be read: ${info.isDirectory() ? 'it is a directory' : 'it is not a regular file'}`);
        }
        if (root !== undefined && !stillInside(file, info, root))
            throw unreadable({ code: 'EMOVED' }, displayName);
        if (info.size > MAX_REPORT_BYTES) {
            throw new ReportParseError(displayName, undefined, `the file is ${sizeOver(info.size)}, over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB limit for one report; split the report`);
        }
        try {
            return readUpTo(fd, info.size);
        }
        catch (error) {
            throw unreadable(error, displayName);
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Whether the open file is the one its path resolves to, inside the workspace. */
function stillInside(file, opened, root) {
    let real;
    let now;
    try {
        real = external_node_fs_namespaceObject.realpathSync.native(file);
        if (!isInside(root, real))
            return false;
        now = (0,external_node_fs_namespaceObject.statSync)(real);
    }
    catch {
        return false;
    }
    return now.dev === opened.dev && now.ino === opened.ino;
}
/**
 * A file the system would not let us read (permissions, removed since it was
 * found) is that file's problem, like a malformed one: the others still count.
 */
function unreadable(error, displayName) {
    const code = error.code;
    if (typeof code !== 'string')
        return error;
    const reasons = {
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        ENOENT: 'the file is gone (removed after it was found)',
        EISDIR: 'it is a directory',
        ELOOP: 'it became a symbolic link after it was found (not followed)',
        EMOVED: 'it was moved or replaced after it was found, by a link out of the workspace or another file'
    };
    return new ReportParseError(displayName, undefined, `the file cannot be read: ${reasons[code] ?? code}`);
}
/** A size over MAX_REPORT_BYTES, in MiB unless that would read as the limit itself. */
function sizeOver(bytes) {
    const mib = Math.round(bytes / 1024 / 1024);
    return mib * 1024 * 1024 > MAX_REPORT_BYTES
        ? `${mib} MiB`
        : `${grouped(bytes)} bytes`;
}

;// CONCATENATED MODULE: ./src/reports/other-formats.ts
/**
 * What a file that is not JUnit XML most likely is, told by its root element,
 * and what to do about it: a pattern that matches a TRX file or a coverage
 * report is a common first mistake. Pure.
 */
const DOTNET_JUNIT = 'for .NET, JunitXml.TestLogger writes JUnit: `dotnet test --logger junit`';
const NOT_TEST_RESULTS = 'not test results: leave it out of `reports`';
/** By root element name, case as XML is: case-sensitive. */
const OTHER_FORMATS = new Map([
    [
        'TestRun',
        {
            what: "a TRX report of dotnet test or Visual Studio, or CppUnit's XML",
            advice: `${DOTNET_JUNIT} (CppUnit writes none)`
        }
    ],
    ['test-run', { what: "NUnit 3's own XML", advice: DOTNET_JUNIT }],
    [
        'test-results',
        {
            what: "NUnit 2's own XML",
            advice: 'nunit-console 2 writes no JUnit; with dotnet test, JunitXml.TestLogger does: `dotnet test --logger junit`'
        }
    ],
    ['assemblies', { what: "xUnit.net's own XML", advice: DOTNET_JUNIT }],
    ['assembly', { what: "xUnit.net's own XML", advice: DOTNET_JUNIT }],
    [
        'testng-results',
        {
            what: "TestNG's own testng-results.xml",
            advice: 'TestNG writes JUnit beside it, as junitreports/TEST-*.xml (Maven Surefire: surefire-reports/TEST-*.xml)'
        }
    ],
    [
        'TestLog',
        {
            what: "Boost.Test's XML log",
            advice: '`--log_format=JUNIT` writes JUnit'
        }
    ],
    [
        'TestResult',
        {
            what: "Boost.Test's XML report",
            advice: 'its log writes JUnit: `--log_format=JUNIT`'
        }
    ],
    ['Catch', { what: "Catch2's XML", advice: '`-r junit` writes JUnit' }],
    [
        'Catch2TestRun',
        { what: "Catch2's XML", advice: '`-r junit` writes JUnit' }
    ],
    [
        'TestCase',
        {
            what: "Qt Test's own XML",
            advice: '`-o FILE,junitxml` writes JUnit'
        }
    ],
    [
        'Site',
        {
            what: "CTest's dashboard XML",
            advice: '`ctest --output-junit FILE` writes JUnit'
        }
    ],
    [
        'CUNIT_TEST_RUN_REPORT',
        {
            what: "CUnit's own XML",
            advice: '`CU_automated_enable_junit_xml(CU_TRUE)` before the run makes it JUnit'
        }
    ],
    [
        'CUNIT_TEST_LIST_REPORT',
        { what: "CUnit's test listing", advice: NOT_TEST_RESULTS }
    ],
    [
        'robot',
        {
            what: "Robot Framework's output.xml",
            advice: '`robot --xunit junit.xml` writes JUnit'
        }
    ],
    [
        'testResults',
        {
            what: 'a JMeter results file',
            advice: "a load test's samples, not JUnit: leave it out of `reports`"
        }
    ],
    [
        'suite',
        {
            what: "TestNG's suite file (testng-failed.xml)",
            advice: 'the reports beside it are the JUnit ones',
            companion: true
        }
    ],
    [
        'failsafe-summary',
        {
            what: "Maven Failsafe's summary",
            advice: 'the TEST-*.xml files beside it are the reports',
            companion: true
        }
    ],
    [
        'coverage',
        {
            what: 'a coverage report, as Cobertura and Clover write',
            advice: NOT_TEST_RESULTS
        }
    ],
    [
        'checkstyle',
        { what: "a lint report in Checkstyle's format", advice: NOT_TEST_RESULTS }
    ],
    ['BugCollection', { what: 'a SpotBugs report', advice: NOT_TEST_RESULTS }],
    ['pmd', { what: 'a PMD report', advice: NOT_TEST_RESULTS }],
    [
        'project',
        {
            what: "a build file such as Maven's pom.xml or Ant's build.xml",
            advice: NOT_TEST_RESULTS
        }
    ],
    ['Project', { what: 'an MSBuild project file', advice: NOT_TEST_RESULTS }]
]);
/**
 * `: a TRX report …; for .NET, …` to follow `its root element is <TestRun>`,
 * or '' for a root element of no format known here.
 */
function otherFormatNote(root) {
    const format = OTHER_FORMATS.get(root);
    if (!format)
        return '';
    return `: ${format.what}; ${format.advice}`;
}
/** Whether the root is of a file a tool writes beside its JUnit reports (see OtherFormat.companion). */
function isCompanionFile(root) {
    return OTHER_FORMATS.get(root)?.companion === true;
}

;// CONCATENATED MODULE: ./src/read-reports.ts
/**
 * The reports stage: every report the patterns find, read one at a time into
 * test cases grouped by marker (only compact results are kept), each file's
 * problems logged and collected for the summary.
 */















/** Characters of a report's problem in the log: enough for any real message. */
const MAX_PROBLEM_CHARS = 1000;
/** Unusable reports named in the step's failure; each has its own error above. */
const MAX_NAMED_UNUSABLE = 10;
async function readReports(config, workspace, finder, 
/** Tests make them small. */
limits) {
    const result = {
        groups: new MarkerGroups(finder, limits ?? keptLimits(heapOfThisProcess())),
        files: 0,
        testCases: 0,
        failedTests: 0,
        failures: [],
        problems: []
    };
    const found = await findReports(config.reports, workspace);
    for (const refused of found.refused)
        log_warning(`Report pattern ignored: ${refused}`);
    const links = linksNotRead(found.links);
    if (links && found.files.length > 0)
        log_warning(links);
    if (found.files.length === 0) {
        noReports(config, `No report files match ${config.reports.join(', ')} in ${workspace}` +
            (links ? `; ${links}` : ''), result);
        return result;
    }
    // Each report read must still be inside it (see loadReport).
    const root = await (0,external_node_fs_promises_namespaceObject.realpath)(workspace);
    let unusable = 0;
    // The first file a tool writes beside its reports (see isCompanionFile).
    let companion;
    startGroup(`Reading ${counted(found.files.length, 'report file')}`);
    try {
        for (const file of found.files) {
            const name = external_node_path_default().relative(workspace, file) || file;
            try {
                const report = loadReport(file, name, root, {
                    'api-key': config.apiKey,
                    'github-token': config.githubToken
                });
                for (const secret of report.removedSecrets ?? []) {
                    log_warning(`${name} holds the ${secret} (a test may print its environment); it was replaced by *** in everything taken from the report`);
                }
                if (report.kind === 'not-junit' && isCompanionFile(report.root)) {
                    companion ??= `${name}${otherFormatNote(report.root)}`;
                    log_info(`${name}: no JUnit report${otherFormatNote(report.root)}`);
                    continue;
                }
                if (report.kind === 'not-junit') {
                    const problem = `${name} is not a JUnit report (its root element is <${clipped(report.root, 100)}>${otherFormatNote(report.root)}); skipped`;
                    log_warning(problem);
                    result.problems.push(problem);
                    continue;
                }
                if (report.impossibleSeconds !== undefined) {
                    log_warning(`${name}: a test time of ${report.impossibleSeconds} seconds is impossible (the tool may write another unit, such as nanoseconds); this file's test times are left out`);
                }
                if (report.doctypeIgnored) {
                    log_warning(`${name}: its DOCTYPE was ignored; entities it declares are not expanded`);
                }
                const refused = result.groups.add(report.testCases, report.textLength);
                if (refused)
                    throw new ReportParseError(name, undefined, refused);
                result.files++;
                result.testCases += report.testCases.length;
                for (const testCase of report.testCases)
                    if (failedOrErrored(testCase.outcome))
                        result.failedTests++;
                log_info(`${name}: ${counted(report.testCases.length, 'test')}`);
            }
            catch (caught) {
                if (!(caught instanceof ReportParseError))
                    throw caught;
                // A malformed report's tag names can be megabytes long.
                const message = `Report ${clipped(caught.message, MAX_PROBLEM_CHARS)}. Nothing from this file was uploaded.`;
                log_error(message, { file: name, startLine: caught.line });
                // The step's failure names the file; the annotation above says why.
                if (++unusable <= MAX_NAMED_UNUSABLE)
                    result.failures.push(`Report ${name} could not be used (see its error above); nothing from it was uploaded.`);
                result.problems.push(message);
            }
        }
    }
    finally {
        endGroup();
    }
    const unnamed = unusable - MAX_NAMED_UNUSABLE;
    if (unnamed > 0)
        result.failures.push(`… and ${counted(unnamed, 'more report')} could not be used (see the errors above); nothing from ${unnamed === 1 ? 'it' : 'them'} was uploaded.`);
    // Files matched, none of them JUnit (a pattern like **/*.xml before the
    // tests wrote any): as if none had matched.
    if (result.files === 0 && result.failures.length === 0) {
        noReports(config, `None of the ${counted(found.files.length, 'file')} matching ${config.reports.join(', ')} is a JUnit report` +
            (companion ? ` (${companion})` : ''), result);
    }
    return result;
}
/** What to check when no report is found. */
const NO_REPORTS_HINT = ': check that the tests write JUnit XML (the README lists how each tool does) and where, against the reports input';
/** Report files named in the warning that they are links, at most. */
const MAX_LISTED_LINKS = 10;
/** Why files the patterns match were not read: they are symbolic links. */
function linksNotRead(links) {
    if (links.length === 0)
        return undefined;
    const listed = firstAndMore(links, MAX_LISTED_LINKS, String);
    const one = links.length === 1;
    return `${counted(links.length, 'matching file')} ${one ? 'is a symbolic link' : 'are symbolic links'}, not read (a link could lead out of the workspace): ${listed}. Name the ${one ? 'file it leads' : 'files they lead'} to instead.`;
}
/**
 * if-no-files-found: the step fails, or a warning (also in the summary) or
 * a line says so.
 */
function noReports(config, message, result) {
    const said = message + NO_REPORTS_HINT;
    if (config.ifNoFilesFound === 'error')
        throw new Error(said);
    if (config.ifNoFilesFound === 'warn') {
        log_warning(said);
        result.problems.push(said);
    }
    else
        log_info(said);
}
/** The heap this process has for what it keeps (see heapForKeptLimits). */
function heapOfThisProcess() {
    // Node takes the memory a percentage is of as the cgroup's limit, if any.
    const constrained = process.constrainedMemory();
    return heapForKeptLimits((0,external_node_v8_namespaceObject.getHeapStatistics)().heap_size_limit, [...nodeOptionsWords(process.env.NODE_OPTIONS ?? ''), ...process.execArgv], constrained > 0 ? Math.min(external_node_os_default().totalmem(), constrained) : external_node_os_default().totalmem());
}

;// CONCATENATED MODULE: ./src/run-target.ts
/**
 * The run results go to: the project's code, the run run-title names
 * (created or reused), its test cases indexed, and closing it (close-run).
 */




/** The project's code (markers are `CODE-12`), also when `project` is its id. */
async function resolveProjectCode(client, project) {
    // Codes are short; anything else is a project id, whose code the markers need.
    if (PROJECT_CODE.test(project))
        return project.toUpperCase();
    const { code } = await client.getProject(project);
    return code.toUpperCase();
}
/**
 * The run for run-title: created or reused (in a dry run, planned against the
 * project's test cases). When the project has none of the marked cases,
 * nothing is created: `none` (the caller reports every marker as unmatched).
 */
async function runFromTitle(client, config, newRun, projectCode, seqs, 
/** What must be done before the run is created (a refusal then leaves no empty run). */
beforeCreating = () => Promise.resolve()) {
    const found = await client.findTestCasesBySeq(config.project, projectCode, seqs);
    if (found.length === 0)
        return 'none';
    if (config.dryRun) {
        // What the upload would do: reuse the run of that title, or create one.
        const existing = await client.findRunByTitle(config.project, newRun.title, newRun.milestoneId);
        if (existing) {
            const reuse = `Dry run: would reuse run ${existing.id}: it already has the title "${newRun.title}"`;
            if (existing.closed) {
                log_warning(`${reuse}, but it is closed: QA Sphere would take none of the results`);
            }
            else
                log_info(reuse);
            return {
                id: undefined,
                shownId: existing.id,
                label: `${existing.id} (reused by title)`,
                created: false,
                listing: runListing(client, config.project, existing.id)
            };
        }
        log_info(`Dry run: would create the run "${newRun.title}" with ${counted(found.length, 'test case')}`);
        return {
            id: undefined,
            shownId: undefined,
            label: `"${newRun.title}" (to be created)`,
            created: false,
            listing: Promise.resolve(indexListing(found.map(({ id, seq }) => ({ id, seq, title: '', status: 'open' }))))
        };
    }
    // Created with the marked test cases that exist in the project, or, when a
    // run already has that title (matrix legs, re-runs), that run.
    await beforeCreating();
    const run = await client.createOrReuseRun(config.project, {
        ...newRun,
        tcaseIds: found.map((t) => t.id)
    });
    log_info(run.created
        ? `Created run ${run.id} "${newRun.title}" with ${counted(found.length, 'test case')}`
        : `Reusing run ${run.id}: it already has the title "${newRun.title}"`);
    return {
        id: run.id,
        shownId: run.id,
        label: run.id,
        created: run.created,
        listing: runListing(client, config.project, run.id)
    };
}
/**
 * A run's listing, indexed as soon as it arrives: the listing itself (100,000
 * objects with titles) is not kept while the results are posted.
 */
function runListing(client, project, run) {
    return client.listRunTestCases(project, run).then(indexListing);
}
/**
 * Of a run's (possibly huge) listing, only what the upload needs: each test
 * case's id by its sequence number, and its status before posting (absent:
 * open), which tells a stored batch whose answer was lost.
 */
function indexListing(tcases) {
    const idBySeq = new Map();
    const statusBefore = new Map();
    for (const { id, seq, status } of tcases) {
        idBySeq.set(seq, id);
        // Absent means open: a fresh run of 100,000 needs no entries at all.
        if (status !== 'open')
            statusBefore.set(id, status);
    }
    return { idBySeq, statusBefore };
}
/** close-run: only after a fully successful upload. Returns why the step fails, if closing does. */
async function closeRun(client, config, runId, stored, uploadFailed) {
    if (uploadFailed) {
        log_info(`Run ${runId} is not closed: the upload did not fully succeed`);
        return undefined;
    }
    if (stored === 0) {
        log_info(`Run ${runId} is not closed: nothing was posted to it`);
        return undefined;
    }
    try {
        await client.closeRun(config.project, runId);
        log_info(`Closed run ${runId}`);
        return undefined;
    }
    catch (error) {
        return `The results were stored, but closing run ${runId} failed: ${errorMessage(error)}`;
    }
}

;// CONCATENATED MODULE: ./src/qasphere/post.ts
/**
 * Posting planned results in batches so that nothing is lost and nothing is
 * stored twice, and what happened to each result is always known.
 *
 * - A batch is all-or-nothing: when QA Sphere refuses one (400/404/413), it is
 *   split in halves until the refused items are alone; the others are stored.
 * - An ambiguous failure (a 5xx, a connection dropped after sending, no
 *   answer in time) is never resent blindly: when QA Sphere may still be
 *   working on it, it is given time to finish; then the run's listing shows
 *   each case's latest status;
 *   compared with the listing taken before posting, and because a batch is
 *   atomic, it tells whether the batch landed. Only a batch that did not land
 *   is sent again.
 * - A batch that fails for good does not stop the others, except failures
 *   that every batch would meet (401, 403, 409, timeout, the run deleted).
 * - A result refused with its issue links is sent once more without them: a
 *   link QA Sphere will not take never costs the result.
 */



function isStored(state) {
    return state.kind === 'stored' || state.kind === 'stored-without-id';
}
/** Builds the comment: made while the batch body is serialized (see BatchItems). */
function toResultItem(result, withLinks = true) {
    const item = {
        tcaseId: result.tcaseId,
        status: result.status,
        comment: result.comment
    };
    if (result.timeTaken !== undefined)
        item.timeTaken = result.timeTaken;
    if (withLinks && result.links && result.links.length > 0)
        item.links = result.links;
    return item;
}
/** Results stored only without their links before the rest are sent without. */
const LINK_REFUSALS_TO_DROP = 2;
const hasLinks = (result) => result.links !== undefined && result.links.length > 0;
/**
 * How long to let QA Sphere finish a batch whose answer never came before
 * looking for it in the run: twice as long as the request took (a slow
 * failure means slow work), within 1 to 30 seconds.
 */
function settleTime(elapsedMs) {
    return Math.min(Math.max(2 * elapsedMs, 1000), 30_000);
}
/** Refusals that concern items of the batch, not the whole run. */
const ITEM_REFUSALS = new Set([400, 404, 413, 422]);
const PROGRESS_EVERY_MS = 1000;
/**
 * Result ids QA Sphere gave an upload's batches, kept as each batch's own ids
 * with their range: QA Sphere numbers results in order, so a batch's range
 * meets no earlier one's and nothing more is compared. (A set of every id
 * took 7 MB more peak memory for 100,000 results.)
 */
class GivenIds {
    batches = [];
    /** Records a batch's ids, unless one of them was given before (false). */
    addIfNew(ids) {
        if (ids.length === 0)
            return true;
        let min = ids[0];
        let max = ids[0];
        for (const id of ids) {
            if (id < min)
                min = id;
            else if (id > max)
                max = id;
        }
        let these;
        for (const batch of this.batches) {
            if (batch.max < min || batch.min > max)
                continue;
            these ??= new Set(ids);
            for (const id of batch.ids)
                if (these.has(id))
                    return false;
        }
        this.batches.push({ min, max, ids });
        return true;
    }
}
async function postResults(client, project, run, planned, options) {
    const states = planned.map(() => ({
        kind: 'not-stored',
        reason: 'not sent'
    }));
    let fatal;
    // A result refused with its links and stored without them: the links were
    // refused. After two such (not one gateway's blip), the rest go without.
    let linksRefused;
    let linkRefusals = 0;
    const storedWithoutLinks = new Set();
    let stored = 0;
    const givenIds = new GivenIds();
    const say = options.onProgress ?? (() => { });
    // A 404 to a batch is usually one test case removed from the run; asked
    // once whether it is the run itself that is gone.
    let runGone;
    const runIsGone = () => (runGone ??= client.runExists(project, run).then((exists) => !exists, () => false));
    /** Posts planned[indexes], recording each result's state. */
    const postBatch = async (indexes, resendsLeft, links = true) => {
        if (fatal) {
            for (const i of indexes)
                states[i] = { kind: 'not-stored', reason: fatal };
            return;
        }
        // Cancelled: nothing more is sent.
        const stopped = client.stopReason();
        if (stopped) {
            const reason = `${stopped}; it was not sent`;
            for (const i of indexes)
                states[i] = { kind: 'not-stored', reason };
            return;
        }
        const withLinks = links && linkRefusals < LINK_REFUSALS_TO_DROP;
        const items = {
            length: indexes.length,
            itemAt: (n) => toResultItem(planned[indexes[n]], withLinks)
        };
        try {
            const ids = await client.addResults(project, run, items);
            if (!givenIds.addIfNew(ids))
                throw new QaSphereAmbiguousError(`QA Sphere answered POST /project/${project}/run/${run}/result/batch with result ids it had already given other results of this upload`, true);
            indexes.forEach((i, n) => (states[i] = { kind: 'stored', id: ids[n] }));
            if (!withLinks)
                for (const i of indexes)
                    if (hasLinks(planned[i]))
                        storedWithoutLinks.add(i);
        }
        catch (error) {
            if (error instanceof QaSphereApiError &&
                error.status === 404 &&
                (await runIsGone())) {
                // Splitting would refuse every result one by one.
                fatal = `${error.message} (run ${run} no longer exists in ${project})`;
                for (const i of indexes)
                    states[i] = { kind: 'not-stored', reason: fatal };
                return;
            }
            if (error instanceof QaSphereApiError &&
                ITEM_REFUSALS.has(error.status)) {
                if (indexes.length === 1) {
                    const [i] = indexes;
                    // An issue link QA Sphere will not take must not cost the result.
                    // (A 413 is the comment's size: without links it is no smaller.)
                    if (withLinks && hasLinks(planned[i]) && error.status !== 413) {
                        await postBatch(indexes, resendsLeft, false);
                        if (isStored(states[i])) {
                            linksRefused ??= error.message;
                            linkRefusals++;
                        }
                        return;
                    }
                    states[i] = { kind: 'not-stored', reason: error.message };
                    return;
                }
                // Find the refused items: the rest of the batch is fine to store.
                const half = Math.ceil(indexes.length / 2);
                await postBatch(indexes.slice(0, half), resendsLeft);
                await postBatch(indexes.slice(half), resendsLeft);
                return;
            }
            if (error instanceof QaSphereAmbiguousError) {
                const stoppedMeanwhile = client.stopReason();
                if (stoppedMeanwhile) {
                    // No time to let QA Sphere finish or to look at the run.
                    const reason = `${error.message}; ${stoppedMeanwhile} before the run could be checked`;
                    for (const i of indexes)
                        states[i] = { kind: 'undecided', reason };
                    return;
                }
                // A batch QA Sphere may still be storing: not found in the run is
                // proof it was not stored only once QA Sphere had time to finish.
                let mayStillBeStoring = false;
                if (error.answered) {
                    say(`${error.message}. Checking the run to see whether it was stored.`);
                }
                else {
                    // QA Sphere may still be storing it (behind a gateway that gave up,
                    // or past our timeout): a look at once would find it missing and
                    // send it a second time.
                    const settleNeeded = settleTime(error.elapsedMs);
                    const settleMs = client.pauseLength(settleNeeded);
                    mayStillBeStoring = settleMs < settleNeeded;
                    say(settleMs >= 500
                        ? `${error.message}. Checking the run in ${Math.round(settleMs / 1000)} s, once QA Sphere is done with it, to see whether it was stored.`
                        : `${error.message}. Checking the run now (the timeout leaves no time to wait for QA Sphere) to see whether it was stored.`);
                    // Cancelled meanwhile: the run is looked at once (and the look
                    // stops at once too), rather than the step failing without outputs.
                    await client.pause(settleMs).catch(() => { });
                }
                const landed = await batchLanded(client, project, run, indexes.map((i) => planned[i]), options.statusBefore);
                if (landed === true) {
                    for (const i of indexes) {
                        states[i] = { kind: 'stored-without-id' };
                        if (!withLinks && hasLinks(planned[i]))
                            storedWithoutLinks.add(i);
                    }
                    say(`The batch was stored (${counted(indexes.length, 'result')}).`);
                }
                else if (landed === false && mayStillBeStoring) {
                    const reason = `${error.message}; the run does not show it yet, but the timeout left no time to let QA Sphere finish storing it, so it was not sent again`;
                    for (const i of indexes)
                        states[i] = { kind: 'undecided', reason };
                }
                else if (landed === false && resendsLeft > 0) {
                    say('The batch was not stored; sending it again.');
                    await postBatch(indexes, resendsLeft - 1, links);
                }
                else {
                    const reason = landed === false
                        ? `${error.happened}; the run shows it was not stored, and ${options.resends > 0 ? 'resending failed too' : 'it was not sent again (retries is 0)'}`
                        : `${error.message}; whether it was stored cannot be decided (${landed})`;
                    const kind = landed === false ? 'not-stored' : 'undecided';
                    for (const i of indexes)
                        states[i] = { kind, reason };
                }
                return;
            }
            // Cancelled while waiting to send it (pacing, Retry-After): not sent.
            const stoppedWhileWaiting = client.stoppedBy(error) && client.stopReason();
            const message = stoppedWhileWaiting
                ? `${stoppedWhileWaiting}; it was not sent`
                : errorMessage(error);
            for (const i of indexes)
                states[i] = { kind: 'not-stored', reason: message };
            const everyBatchWouldFail = error instanceof QaSphereTimeoutError ||
                (error instanceof QaSphereApiError &&
                    [401, 403, 409].includes(error.status));
            if (everyBatchWouldFail)
                fatal = message;
        }
    };
    const batches = [];
    for (let start = 0; start < planned.length; start += options.batchSize) {
        const end = Math.min(start + options.batchSize, planned.length);
        batches.push(Array.from({ length: end - start }, (_, k) => start + k));
    }
    // Results whose batch is done with: stored, refused, or not sent (cancelled, or a
    // failure every batch would meet).
    let done = 0;
    let nextBatch = 0;
    const progressEveryMs = options.progressEveryMs ?? PROGRESS_EVERY_MS;
    // A line per batch would be 200 lines for 100,000 results.
    let progressSaidAt = Date.now();
    // A few batches in flight: the next is serialized while QA Sphere stores one.
    const worker = async () => {
        while (nextBatch < batches.length) {
            const indexes = batches[nextBatch++];
            await postBatch(indexes, options.resends);
            for (const i of indexes)
                if (isStored(states[i]))
                    stored++;
            done += indexes.length;
            const now = Date.now();
            if (done === planned.length || now - progressSaidAt >= progressEveryMs) {
                progressSaidAt = now;
                say(`Done with ${grouped(done)} of ${counted(planned.length, 'result')} (${grouped(stored)} stored)`);
            }
        }
    };
    const inFlight = Math.max(1, Math.min(options.concurrency ?? 1, batches.length));
    await Promise.all(Array.from({ length: inFlight }, worker));
    return { states, linksRefused, storedWithoutLinks };
}
/**
 * Whether an atomic batch was stored, from the statuses QA Sphere lists now
 * compared with before: true, false, or a reason why it cannot be told.
 */
async function batchLanded(client, project, run, results, statusBefore) {
    let now;
    try {
        const listing = await client.listRunTestCases(project, run);
        now = new Map(listing.map((t) => [t.id, t.status]));
    }
    catch (error) {
        return `the run could not be read: ${errorMessage(error)}`;
    }
    let landed = false;
    let notLanded = false;
    let unlisted = 0;
    for (const { tcaseId, status } of results) {
        const before = statusBefore.get(tcaseId) ?? 'open';
        const after = now.get(tcaseId);
        if (after === undefined)
            unlisted++;
        if (before === status || after === undefined)
            continue; // tells nothing
        if (after === status)
            landed = true;
        else if (after === before)
            notLanded = true;
    }
    if (landed && !notLanded)
        return true;
    if (notLanded && !landed)
        return false;
    if (landed)
        return 'the run shows some of its results and not others';
    if (unlisted === 0)
        return 'every result has the status its test case already had';
    if (unlisted === results.length)
        return 'the run no longer lists its test cases';
    return `the run no longer lists ${grouped(unlisted)} of its test cases, and the others already had these statuses`;
}

;// CONCATENATED MODULE: ./src/store-results.ts
/**
 * The posting stage: planned results → QA Sphere in batches (or, in a dry
 * run, only the log) → each result's id, or why it was not stored.
 */






/** Batches in flight at a time, within the rate limit. */
const PARALLEL_BATCHES = 3;
/** A log of 100,000 lines helps nobody; the summary and outputs hold everything. */
const MAX_LOGGED_RESULTS = 1000;
/** Request bodies a dry run shows: enough to see what QA Sphere would get. */
const MAX_SHOWN_BODIES = 10;
/** Characters of a comment in a shown body. */
const SHOWN_COMMENT_CHARS = 2000;
/** A dry run: the results are shown, not posted (a run it would create has no id). */
function showPlanOnly(results, project, runId) {
    logPlan(results, 'Would post');
    showBodies(results, project, runId);
    return { resultIds: results.map(() => undefined), undecided: new Set() };
}
/**
 * Posts the results in batches (`statusBefore`, the run's statuses before,
 * tells a stored batch whose answer was lost).
 */
async function storeResults(client, config, runId, results, statusBefore) {
    const outcome = await postResults(client, config.project, runId, results, {
        batchSize: config.batchSize,
        statusBefore,
        resends: config.retries,
        concurrency: PARALLEL_BATCHES,
        onProgress: (message) => log_info(message)
    });
    const resultIds = outcome.states.map((state) => state.kind === 'stored'
        ? state.id
        : state.kind === 'stored-without-id'
            ? null
            : undefined);
    const undecided = new Set();
    outcome.states.forEach((state, i) => {
        if (state.kind === 'undecided')
            undecided.add(i);
    });
    if (outcome.storedWithoutLinks.size > 0) {
        // The summary lists only the links QA Sphere took.
        for (const i of outcome.storedWithoutLinks)
            results[i].links = undefined;
        log_warning(`QA Sphere refused the issue links (${outcome.linksRefused ?? 'refused with them'}): it stored ${counted(outcome.storedWithoutLinks.size, 'result')} without them. Check issue-integration-id: it must be the id of the project's GitHub integration.`);
    }
    logPlan(results.filter((_, i) => resultIds[i] !== undefined), 'Posted');
    return {
        resultIds,
        undecided,
        unstored: describeUnstored(results, outcome.states)
    };
}
function logPlan(results, verb) {
    if (results.length === 0)
        return;
    startGroup(`${verb} ${counted(results.length, 'result')}`);
    for (const result of results.slice(0, MAX_LOGGED_RESULTS)) {
        const names = result.testCases
            .slice(0, 3)
            .map((t) => clipForLog(t.name))
            .join(' | ');
        log_info(`${result.marker} ${result.status}: ${names}${result.testCases.length > 3 ? ` (+${result.testCases.length - 3})` : ''}`);
    }
    if (results.length > MAX_LOGGED_RESULTS) {
        log_info(`… and ${results.length - MAX_LOGGED_RESULTS} more: the results output holds them all`);
    }
    endGroup();
}
/** What the first results would post, one body per line (JSON escapes line breaks). */
function showBodies(results, project, runId) {
    if (results.length === 0)
        return;
    const shown = results.slice(0, MAX_SHOWN_BODIES);
    const path = `/api/public/v0${resultBatchPath(project, runId ?? '<the new run>')}`;
    startGroup(`Would post these bodies (the first ${shown.length} of ${counted(results.length, 'result')}) to POST ${path} as {"items": [...]}`);
    for (const result of shown) {
        const item = toResultItem(result);
        log_info(JSON.stringify({
            ...item,
            comment: clipped(item.comment, SHOWN_COMMENT_CHARS)
        }));
    }
    endGroup();
}
/** Which results were not stored, and why, grouped by reason; undefined when all were. */
function describeUnstored(planned, states) {
    const byReason = new Map();
    let stored = 0;
    states.forEach((state, i) => {
        if (isStored(state)) {
            stored++;
            return;
        }
        const key = `${state.kind === 'undecided' ? 'Undecided' : 'Not stored'}: ${state.reason}`;
        const markers = byReason.get(key) ?? [];
        markers.push(planned[i].marker);
        byReason.set(key, markers);
    });
    if (byReason.size === 0)
        return undefined;
    const lines = [...byReason].map(([reason, markers]) => `${reason} (${markers.length}: ${markers.slice(0, 50).join(', ')}${markers.length > 50 ? ', …' : ''})`);
    return [
        `${grouped(stored)} of ${counted(planned.length, 'result')} ${planned.length === 1 ? 'was' : 'were'} stored.`,
        ...lines
    ].join('\n');
}
/** A name in the log: report text of any length. */
function clipForLog(text) {
    return clipped(text, 200);
}

;// CONCATENATED MODULE: ./src/summary.ts








const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the note and closing tags after the table is cut. */
const SUMMARY_RESERVE_BYTES = 16 * 1024;
const NAMES_PER_ROW = 3;
/** How a row's tests ended, where they did not all end alike: short, as a table cell wants. */
const ROW_OUTCOME_WORDS = {
    ...OUTCOME_WORDS,
    flaky: 'flaky'
};
/** Report problems, and reasons the step fails, listed in the summary; the rest are counted. */
const MAX_LISTED_REPORT_PROBLEMS = 20;
/** Of a failed result's first failure message, in its row. */
const FAILURE_LINE_CHARS = 200;
/** GitHub strips colours from summaries; these stand for QA Sphere's status colours. */
const COLOR_MARKS = {
    blue: '🔵',
    gray: '⚪',
    red: '🔴',
    orange: '🟠',
    yellow: '🟡',
    green: '🟢',
    teal: '🟦',
    indigo: '🔷',
    purple: '🟣',
    pink: '🩷'
};
function statusMark(status, statuses) {
    const info = statuses.find((st) => st.id === status);
    const mark = COLOR_MARKS[info?.color ?? ''] ?? '⚫';
    return `${mark} ${summaryText(info?.name ?? status)}`;
}
/** The default four always, then any other status that was used. */
const ALWAYS_COUNTED = [
    'passed',
    'failed',
    'blocked',
    'skipped'
];
function renderSummary(s) {
    const stored = s.resultIds.filter((id) => id !== undefined).length;
    const runLink = `<a href="${escapeHtml(s.runUrl)}">${escapeHtml(s.projectCode)} run ${summaryText(String(s.run))}</a>`;
    const heading = s.dryRun
        ? `QA Sphere (dry run): ${counted(s.planned.length, 'result')} would be posted to ${runLink}`
        : `QA Sphere: ${counted(stored, 'result')} posted to ${runLink}`;
    const statuses = s.statuses ?? DEFAULT_STATUSES;
    const counts = countStatuses(s.planned, s.resultIds, s.dryRun);
    const countedStatuses = [
        ...ALWAYS_COUNTED,
        ...Object.keys(counts).filter((id) => !ALWAYS_COUNTED.includes(id))
    ];
    const countLine = countedStatuses
        .map((status) => {
        const [mark, ...name] = statusMark(status, statuses).split(' ');
        return `${mark} ${grouped(counts[status] ?? 0)} ${name.join(' ')}`;
    })
        .join(' · ');
    const head = [`<h2>${heading}</h2>`, `<p>${countLine}</p>`];
    head.push(`<p>From ${counted(s.testCaseCount, 'test')} in ${counted(s.reportFiles, 'report file')}` +
        (s.unmarkedTestCases > 0
            ? `; ${counted(s.unmarkedTestCases, 'test')} without a ${escapeHtml(s.projectCode)} marker, not uploaded`
            : '') +
        '.</p>');
    head.push(...listedLines('❌', s.failures ?? [], (more) => `${counted(more, 'more reason')} the step fails`), ...listedLines('⚠️', s.problems, (more) => counted(more, 'more problem')));
    if (s.unmatched.length > 0) {
        head.push(`<p>⚠️ ${counted(s.unmatched.length, 'marker')} found in reports but not in ${escapeHtml(s.unmatchedIn ?? 'the run')}, not uploaded: ` +
            firstAndMore(s.unmatched, 200, (m) => `<code>${escapeHtml(m)}</code>`) +
            '</p>');
    }
    const issues = s.linkedIssues ?? [];
    if (issues.length > 0) {
        // Results stored with links (or, in a dry run, that would be).
        const linkedCount = s.planned.filter((r, i) => r.links !== undefined &&
            r.links.length > 0 &&
            (s.dryRun || s.resultIds[i] !== undefined)).length;
        const items = issues.map((issue) => {
            const href = safeHref(issue.url);
            const ref = formatRef(issue.ref);
            const label = issue.title === ref
                ? summaryText(ref)
                : `${summaryText(ref)}: ${summaryText(clipped(issue.title, 200))}`;
            return href ? `<a href="${href}">${label}</a>` : label;
        });
        head.push(`<p>🔗 ${counted(linkedCount, 'result')} ${linkedCount === 1 ? 'links' : 'link'} to ${items.join(', ')}</p>`);
    }
    const tail = '</tbody></table>';
    let html = head.join('\n');
    if (s.planned.length === 0)
        return html + '\n';
    html +=
        '\n<table><thead><tr><th>Test case</th><th>Status</th><th>Result</th><th>Tests</th></tr></thead><tbody>\n';
    let bytes = Buffer.byteLength(html);
    const budget = SUMMARY_LIMIT_BYTES - SUMMARY_RESERVE_BYTES;
    const marks = new Map();
    const markOf = (status) => {
        let mark = marks.get(status);
        if (mark === undefined) {
            const html = statusMark(status, statuses);
            mark = { html, bytes: Buffer.byteLength(html) };
            marks.set(status, mark);
        }
        return mark;
    };
    let shown = 0;
    for (const i of rowOrder(s)) {
        const result = s.planned[i];
        const mark = markOf(result.status);
        const [before, after] = renderRow(result, s.undecided?.has(i) ? 'undecided' : s.resultIds[i], s.dryRun, s.sourceLinks?.get(result));
        // Counted apart: with the mark's emoji, a row is a two-byte string, which
        // UTF-8 counts slowly (9,000 rows).
        const rowBytes = Buffer.byteLength(before) + mark.bytes + Buffer.byteLength(after);
        if (bytes + rowBytes > budget)
            break;
        html += before + mark.html + after;
        bytes += rowBytes;
        shown++;
    }
    html += tail;
    if (shown < s.planned.length) {
        html += `\n<p>The table is cut after ${grouped(shown)} of ${counted(s.planned.length, 'result')} to stay within GitHub's 1 MiB job summary limit; the <code>results</code> output holds them all.</p>`;
    }
    return html + '\n';
}
/**
 * Indexes of the planned results in the table's order: first those a reader
 * must see (failed tests, results not stored), then the rest, each in posting
 * order, so that a table cut at the size limit still shows them.
 */
function rowOrder(s) {
    const first = [];
    const rest = [];
    const { planned, resultIds, dryRun, undecided } = s;
    for (let i = 0; i < planned.length; i++) {
        const { outcome } = planned[i];
        const needsAttention = failedOrErrored(outcome) ||
            (!dryRun && resultIds[i] === undefined) ||
            undecided?.has(i) === true;
        if (needsAttention)
            first.push(i);
        else
            rest.push(i);
    }
    for (const i of rest)
        first.push(i);
    return first;
}
/** A table row, before and after its status mark. */
function renderRow(result, resultId, dryRun, source) {
    // The tests that failed first: the failure line below is of the first.
    const listed = result.testCases.length === 1
        ? result.testCases
        : failedFirst(result.testCases, NAMES_PER_ROW);
    // Which of the tests failed, where they did not all end alike.
    const mixed = result.testCases.some((t) => t.outcome !== result.testCases[0].outcome);
    const several = runInSeveral(result.testCases);
    const names = listed
        .map((t) => (mixed ? `${ROW_OUTCOME_WORDS[t.outcome]}: ` : '') +
        summaryText(clipped(plainText(shownName(t, several)) || '(unnamed test)', 200)))
        .join('<br>');
    const more = result.testCases.length > NAMES_PER_ROW
        ? `<br>… and ${grouped(result.testCases.length - NAMES_PER_ROW)} more` +
            (mixed
                ? ` (${outcomeCounts(unlisted(result.testCases, listed), ROW_OUTCOME_WORDS)})`
                : '')
        : '';
    const line = failureLine(result, several);
    // The link is to where the first failed test failed: not beside another's line.
    const at = source && !line.ofAnother ? sourceLink(source) : '';
    const why = line.text && at ? `${line.text} (${at})` : line.text || at;
    const stored = resultId === null
        ? 'stored (id unknown)'
        : resultId === 'undecided'
            ? 'unknown: may have been stored'
            : resultId !== undefined
                ? `#${escapeHtml(String(resultId))}`
                : dryRun
                    ? 'dry run'
                    : 'not stored';
    return [
        `<tr><td><code>${escapeHtml(result.marker)}</code></td><td>`,
        `</td><td>${stored}</td><td>${names}${more}${why ? `<br><em>${why}</em>` : ''}</td></tr>\n`
    ];
}
/** The tests a row does not name. */
function unlisted(testCases, listed) {
    const named = new Set(listed);
    return testCases.filter((t) => !named.has(t));
}
/** `path:line`, linked to that line of the tested commit. */
function sourceLink(source) {
    const href = safeHref(source.href);
    const text = summaryText(clipped(source.text, 200));
    return href ? `<a href="${href}">${text}</a>` : text;
}
/**
 * A failed result's first failure or error, its first line: what a reader of
 * the table wants to know. Of its first failed test, the row's first name
 * (see failedFirst); when that one's says nothing, of the next, named.
 */
function failureLine(result, several) {
    if (!failedOrErrored(result.outcome))
        return { text: '' };
    const failed = result.testCases.filter((t) => failedOrErrored(t.outcome));
    // A line that only says the test failed (a go test whose subtests failed),
    // when no other failed test's says more.
    let generic;
    for (const [index, testCase] of failed.entries()) {
        for (const problem of testCase.problems) {
            if (!isFailureOrError(problem))
                continue;
            const said = failureText(problem, testCase.name);
            if (!said.headline)
                continue;
            const headline = summaryLine(said, FAILURE_LINE_CHARS);
            if (!said.generic)
                return lineOf(index, testCase, headline, several);
            generic ??= { index, testCase, headline };
            break;
        }
    }
    if (generic)
        return lineOf(generic.index, generic.testCase, generic.headline, several);
    // No failure says anything (CTest, meson: the program's exit status): the
    // end of the first failed test's own output, where a program says why.
    const [first] = failed;
    const output = first && !first.outputOfSuite ? lastLine(first.output) : '';
    return output
        ? {
            text: `no message; its output ends: ${summaryText(clipped(output, FAILURE_LINE_CHARS))}`
        }
        : { text: '' };
}
/**
 * The last line with something on it that is no stack frame, cleaned (the
 * last line at all when all are frames); only the end is read.
 */
function lastLine(text) {
    const lines = plainText(text.slice(-OUTPUT_READ_CHARS)).split('\n');
    let last = '';
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        if (!OUTPUT_FRAME.test(line))
            return line;
        last ||= line;
    }
    return last;
}
/**
 * A stack's line in a test's output: CMake's `Call Stack` and its frames
 * (`/w/t.cmake:29 (order_total)`), a JVM or JavaScript frame.
 */
const OUTPUT_FRAME = /^(?:Call Stack \(most recent call first\):|\S+:\d+ \([^()]*\)|at \S.*\))$/;
/** Of a failed test's output, read for its last line. */
const OUTPUT_READ_CHARS = 4096;
/** A failure's line in the row, named when it is not the first failed test's. */
function lineOf(index, testCase, headline, several) {
    const text = summaryText(clipped(headline, FAILURE_LINE_CHARS));
    if (index === 0)
        return { text };
    const name = summaryText(clipped(plainText(shownName(testCase, several)) || '(unnamed test)', 80));
    return { text: `${name}: ${text}`, ofAnother: true };
}
/** The summary of an upload that stopped before it had one: why, line by line. */
function renderFailureSummary(message, heading = 'the upload failed') {
    const reasons = message.split('\n').filter((line) => line.trim() !== '');
    const lines = listedLines('❌', reasons, (more) => counted(more, 'more line'));
    return `<h2>QA Sphere: ${escapeHtml(heading)}</h2>\n${lines.join('\n')}\n`;
}
/** The first MAX_LISTED_REPORT_PROBLEMS lines, each after its mark, and a count of the rest. */
function listedLines(mark, lines, rest) {
    const listed = lines
        .slice(0, MAX_LISTED_REPORT_PROBLEMS)
        .map((line) => `<p>${mark} ${summaryText(clipped(line, 1000))}</p>`);
    if (lines.length > MAX_LISTED_REPORT_PROBLEMS)
        listed.push(`<p>${mark} … and ${rest(lines.length - MAX_LISTED_REPORT_PROBLEMS)}; see the log.</p>`);
    return listed;
}
/**
 * Report text in the summary: on one line, escaped. A blank line would end
 * GitHub's HTML block, and what follows would be read as markdown (headings,
 * images, links).
 */
function summaryText(text) {
    const safe = safeText(text);
    // Most names have single spaces only: nothing to replace.
    return SPACE_TO_SQUEEZE.test(safe) ? safe.replace(/\s+/g, ' ') : safe;
}
/** Whitespace that is not one plain space. */
const SPACE_TO_SQUEEZE = /[^\S ]| {2}/;

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: reports → test cases → markers → planned results → QA Sphere →
 * outputs and summary. `run()` is the one failure boundary.
 */























/** Longest wait for one answer: the client's timeout and the socket's. */
const REQUEST_TIMEOUT_MS = 120_000;
/** Unmatched markers named in the warning (or failure message). */
const MAX_LISTED_MARKERS = 100;
async function run() {
    // Read before anything can fail: the failure summary hides them (an input
    // error may echo a value, e.g. a key set as the project).
    const secrets = {
        'api-key': getInput('api-key'),
        'github-token': getInput('github-token')
    };
    const summary = {
        written: false,
        failureHeading: 'the upload failed'
    };
    let message;
    try {
        setEmptyOutputs();
        const config = readConfig((name) => getInput(name), core_setSecret);
        const failures = await upload(config, readWorkflowRun(), summary);
        message = failures.join('\n');
    }
    catch (error) {
        message = errorMessage(error);
    }
    if (!message)
        return;
    log_setFailed(message);
    // A step that failed before its summary says why there too.
    if (!summary.written && process.env.GITHUB_STEP_SUMMARY) {
        // The runner masks secrets in the log; the summary gets them removed here.
        const shown = hideSecrets(message, secrets, 4).text;
        try {
            await summary_summary
                .addRaw(renderFailureSummary(shown, summary.failureHeading))
                .write();
        }
        catch {
            // The step has failed already; a summary that cannot be written adds nothing.
        }
    }
}
/** Does the upload; returns the reasons the step fails (empty when it succeeds). */
async function upload(config, workflow, summary) {
    for (const name of config.ignoredInputs) {
        log_warning(`Input "${name}" is ignored: run or run-url names the run (${config.run})`);
    }
    if (!config.apiKey)
        return uploadSkipped(config, workflow, summary);
    const http = qaSphereHttp();
    // Requests still pending when the upload ends (it failed before the
    // listing came) must not keep the step alive retrying.
    const over = new AbortController();
    // A cancelled job: the runner sends SIGINT, then SIGTERM 7.5 s later. No
    // more is sent, and what was stored still reaches the outputs and summary.
    const cancel = (name) => {
        if (over.signal.aborted)
            return;
        log_warning(`The step was cancelled (${name}): no more results are sent; what QA Sphere stored is reported`);
        over.abort(new Error(`The step was cancelled (${name})`));
    };
    process.on('SIGINT', cancel);
    process.on('SIGTERM', cancel);
    try {
        return await uploadReports(config, workflow, summary, http, over.signal);
    }
    finally {
        process.off('SIGINT', cancel);
        process.off('SIGTERM', cancel);
        over.abort();
        http.dispose();
    }
}
/** No key: skipped where GitHub withholds secrets (forks, Dependabot), refused elsewhere. */
function uploadSkipped(config, workflow, summary) {
    if (workflow.isForkPullRequest) {
        notice('QA Sphere upload skipped: api-key is empty because GitHub does not pass secrets to pull requests from forks. Upload from a workflow_run workflow instead (see the README).');
        return judgeReportsOnly(config, workflow, summary);
    }
    if (workflow.isDependabotRun) {
        notice('QA Sphere upload skipped: api-key is empty because GitHub passes only Dependabot secrets to workflow runs Dependabot starts. To upload them too, add the key as a Dependabot secret (Settings → Secrets and variables → Dependabot) of the same name.');
        return judgeReportsOnly(config, workflow, summary);
    }
    throw new Error('Input "api-key" is empty: set it to a QA Sphere API key, e.g. api-key: ${{ secrets.QASPHERE_API_KEY }}. If it is set so already, the secret is not defined in this repository (or is misspelled), is an environment secret of an environment this job does not use, or is not passed into this reusable workflow (secrets: inherit).');
}
async function uploadReports(config, workflow, summary, http, signal) {
    const deadline = Date.now() + config.timeoutSeconds * 1000;
    const client = new QaSphereClient(config.baseUrl, config.apiKey, http, {
        retries: config.retries,
        deadline,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        requestsPerSecond: config.rateLimit,
        signal
    });
    const projectCode = await resolveProjectCode(client, config.project);
    const projectUrl = `${config.baseUrl}/project/${encodeURIComponent(projectCode)}`;
    // The listing and the issue titles are asked for before the reports are
    // read. Reading blocks node's event loop: the requests leave before it only
    // over connections quick to set up (loopback), else once it is done.
    let givenRun;
    if (config.run !== undefined) {
        const url = `${projectUrl}/run/${config.run}`;
        setRunOutputs(config.run, url, false);
        const listing = runListing(client, config.project, config.run);
        // Awaited later. A run that does not exist has no id or address to hand on.
        listing.catch((error) => {
            if (error instanceof QaSphereApiError && error.status === 404)
                setNoRunOutputs();
        });
        givenRun = { id: config.run, label: config.run, url, listing };
    }
    const linkedIssues = lookUpLinkedIssues(config, workflow, signal);
    linkedIssues.catch(() => { }); // awaited later; avoid an unhandled rejection meanwhile
    const statusesReady = prepareStatuses(client, config);
    statusesReady.catch(() => { }); // awaited before anything is written
    const reports = await readReports(config, workflow.workspace, new MarkerFinder(projectCode));
    traceMemory('reports read');
    const upload = {
        config,
        workflow,
        summary,
        client,
        deadline,
        projectCode,
        projectUrl,
        reports,
        failures: [...reports.failures],
        signal
    };
    try {
        // A status-map that cannot be resolved stops the upload before any write.
        const statusPlan = await statusesReady;
        const target = await chooseRun(upload, givenRun, statusPlan);
        if (target) {
            await postToRun(upload, target, statusPlan, linkedIssues);
        }
    }
    catch (error) {
        // Once the reports are read, their failures (and failed tests) are the
        // step's too, also when an error ends the upload.
        const alsoFailing = stepFailures(upload);
        if (alsoFailing.length === 0)
            throw error;
        throw new Error([errorMessage(error), ...alsoFailing].join('\n'), {
            cause: error
        });
    }
    return stepFailures(upload);
}
/**
 * The step's failures: failed tests come last, once the results are posted
 * (they are no reason to hold back an upload, or not to close its run).
 */
function stepFailures({ config, reports, failures }) {
    return [...failures, ...testFailures(config, reports)];
}
/**
 * The run named by run or run-url, or the one run-title names (created or
 * reused). Undefined when nothing is to be posted: the summary and the log
 * have said why.
 */
async function chooseRun(upload, givenRun, statusPlan) {
    const { config, client, projectCode, projectUrl, reports } = upload;
    const marked = reports.groups.size > 0;
    let target = givenRun;
    if (!target && config.newRun && marked) {
        const seqs = reports.groups.seqs();
        const titled = await runFromTitle(client, config, config.newRun, projectCode, seqs, 
        // configure-statuses refused (not an admin key): no run is created.
        statusPlan.apply);
        if (titled === 'none') {
            await reportNoTestCases(upload, config.newRun, seqs.map((seq) => formatMarker(projectCode, seq)));
            return undefined;
        }
        const url = titled.shownId === undefined
            ? projectUrl
            : `${projectUrl}/run/${titled.shownId}`;
        if (titled.shownId !== undefined)
            setRunOutputs(titled.shownId, url, titled.created);
        target = {
            id: titled.id,
            label: titled.label,
            url,
            listing: titled.listing
        };
    }
    if (marked && target)
        return target;
    // The named run must exist, also with nothing to post to it; with
    // run-title, the project and the key must do (a mistyped code finds no marker).
    if (target)
        await target.listing;
    else
        await client.getProject(projectCode);
    // With run-title and nothing marked, no run was created: the summary says so.
    const label = target?.label ?? (config.newRun && notCreatedLabel(config.newRun));
    if (label) {
        await writeSummary(upload, {
            run: label,
            runUrl: target?.url ?? projectUrl,
            plan: emptyPlan(reports)
        });
    }
    if (reports.files > 0) {
        log_warning(`No test in the reports carries a marker of project ${projectCode} (like ${projectCode}-12): nothing to upload${target?.id === undefined ? ', and no run was created' : ''}.`);
    }
    return undefined;
}
/** run-title, when the project has none of the marked test cases: no run is created. */
async function reportNoTestCases(upload, newRun, unmatched) {
    const { projectCode, projectUrl, reports } = upload;
    setUnmatchedOutput(unmatched);
    reportUnmatched(upload, unmatched, `project ${projectCode}`);
    log_warning(`No run was created: none of the marked test cases exists in project ${projectCode}.`);
    await writeSummary(upload, {
        run: notCreatedLabel(newRun),
        runUrl: projectUrl,
        plan: { ...emptyPlan(reports), unmatched },
        unmatchedIn: `project ${projectCode}`
    });
}
/** How the summary names a run-title run that was not created. */
function notCreatedLabel(newRun) {
    return `"${newRun.title}" (not created)`;
}
/** Plans one result per marked test case of the run, posts them, and reports what became of them. */
async function postToRun(upload, target, { scheme, statuses, apply: applyStatuses }, linkedIssues) {
    const { config, workflow, client, reports, failures } = upload;
    const runId = target.id;
    // Only ids, numbers and statuses are kept of the (possibly huge) listing.
    const { idBySeq, statusBefore } = await target.listing;
    traceMemory('listing read');
    const plan = reports.groups.plan(idBySeq, workflow.links, scheme);
    traceMemory('planned');
    reportUnmatched(upload, plan.unmatched, `run ${target.label}`);
    // configure-statuses changes the account only for an upload that posts.
    if (plan.results.length > 0)
        await applyStatuses();
    const issues = await linkedIssues;
    attachIssueLinks(config, workflow, plan.results, issues);
    /** Why the step fails, found from here on (files, posting, closing the run). */
    const postingFailures = [];
    if (config.attachments &&
        !config.dryRun &&
        runId !== undefined &&
        !(await givenRunClosed(upload, runId))) {
        // Files may take half the time left: the results must still be posted.
        // Their own connections, closed after: an upload cut short stops.
        const filesHttp = qaSphereHttp();
        try {
            const filesClient = client.until(Date.now() + (upload.deadline - Date.now()) / 2, filesHttp);
            const failure = await attachFiles(filesClient, plan.results, workflow, config);
            // The results are posted all the same; the step fails at the end.
            if (failure)
                postingFailures.push(failure);
        }
        finally {
            filesHttp.dispose();
        }
    }
    if (config.dryRun && runId !== undefined && plan.results.length > 0)
        await warnIfClosed(client, config, runId);
    const postsNothing = config.dryRun || runId === undefined;
    const stored = postsNothing
        ? showPlanOnly(plan.results, config.project, runId)
        : await storeResults(client, config, runId, plan.results, statusBefore);
    // A dry run's plan is shown whole: nothing was being posted.
    if (upload.signal.aborted && !postsNothing)
        postingFailures.push(`${errorMessage(upload.signal.reason)} while the results were posted.`);
    if (stored.unstored)
        postingFailures.push(stored.unstored);
    const { resultIds, undecided } = stored;
    traceMemory('posted');
    setOutputs(plan.results, resultIds, plan.unmatched, config.dryRun);
    traceMemory('outputs set');
    // Where failed tests failed, for the annotations and the summary's links.
    const locator = new FailureLocator(new WorkspaceFiles(workflow.workspace));
    // One error annotation for each report that could not be used.
    if (config.annotations)
        annotateFailures(plan.results, locator, reports.failures.length);
    if (config.closeRun && runId !== undefined && !config.dryRun) {
        const storedCount = resultIds.filter((id) => id !== undefined).length;
        const failure = await closeRun(client, config, runId, storedCount, failures.length + postingFailures.length > 0);
        if (failure)
            postingFailures.push(failure);
    }
    failures.push(...postingFailures);
    await writeSummary(upload, {
        run: target.label,
        runUrl: target.url,
        plan,
        resultIds,
        undecided,
        linkedIssues: issues,
        statuses,
        // Reports and markers that fail the step show as warnings already.
        failures: postingFailures,
        sourceLinks: process.env.GITHUB_STEP_SUMMARY
            ? sourceLinks(plan.results, locator, workflow.links)
            : undefined
    });
    traceMemory('summary written');
}
/**
 * A run given by number (run, run-url) that is closed takes no results:
 * its files are not uploaded, and the batches then fail with QA Sphere's 409.
 */
async function givenRunClosed({ config, client }, runId) {
    if (config.run === undefined)
        return false; // created or found open by run-title
    const closed = await client
        .runClosed(config.project, runId)
        .catch(() => undefined); // the batches will tell
    if (closed) {
        log_warning(`Attachments not uploaded: run ${runId} is closed, and QA Sphere takes no results in a closed run`);
    }
    return closed === true;
}
/** A dry run into a run given by number: would QA Sphere take the results? */
async function warnIfClosed(client, config, runId) {
    const closed = await client
        .runClosed(config.project, runId)
        .catch(() => undefined); // a dry run does not fail on what it cannot tell
    if (closed) {
        log_warning(`Dry run: run ${runId} is closed: QA Sphere would take none of the results (HTTP 409)`);
    }
}
/** fail-on-test-failure: the step's failure when a test in the reports failed. */
function testFailures(config, reports) {
    if (!config.failOnTestFailure || reports.failedTests === 0)
        return [];
    return [
        `${counted(reports.failedTests, 'test')} in the reports failed (fail-on-test-failure is true).`
    ];
}
/**
 * An upload skipped for want of a key still fails the step as it would have
 * for failed tests, missing or unreadable reports, when fail-on-test-failure
 * or if-no-files-found: error asks so: with the tests run under
 * continue-on-error, the step may be the job's only check (a pull request
 * from a fork would pass with failing tests or no reports at all).
 */
async function judgeReportsOnly(config, workflow, summary) {
    if (!config.failOnTestFailure && config.ifNoFilesFound !== 'error')
        return [];
    // Also when reading the reports fails (if-no-files-found: error).
    summary.failureHeading =
        'the upload was skipped (api-key is empty), and the step failed';
    // Only failures are judged: markers are not resolved (`project` may be an
    // id here; without a key it cannot be looked up).
    const reports = await readReports(config, workflow.workspace, new MarkerFinder(config.project));
    return [...reports.failures, ...testFailures(config, reports)];
}
function qaSphereHttp() {
    return new lib_HttpClient(USER_AGENT, [], {
        allowRedirects: false,
        allowRetries: false,
        socketTimeout: REQUEST_TIMEOUT_MS,
        keepAlive: true
    });
}
/** Files named by warnings one by one; the rest are counted. */
const MAX_LISTED_ATTACHMENT_PROBLEMS = 10;
/** Uploads the files tests name (input attachments); returns why the step fails, if it does. */
async function attachFiles(client, results, workflow, config) {
    const outcome = await uploadAttachments(client, results, workflow.workspace, {
        'api-key': config.apiKey,
        'github-token': config.githubToken
    });
    // When uploading stopped, its failure says how many were and that no result lists them.
    if (outcome.uploaded > 0 && !outcome.failure)
        log_info(`Uploaded ${counted(outcome.uploaded, 'attachment file')}`);
    const skipped = skippedWarning(outcome, MAX_LISTED_ATTACHMENT_PROBLEMS);
    if (skipped)
        log_warning(skipped);
    return outcome.failure;
}
/** Markers that are not test cases of `where`: a warning, or a failure (on-unmatched). */
function reportUnmatched({ config, failures }, unmatched, where) {
    if (unmatched.length === 0 || config.onUnmatched === 'ignore')
        return;
    const listed = firstAndMore(unmatched, MAX_LISTED_MARKERS, String);
    const more = unmatched.length > MAX_LISTED_MARKERS
        ? ' (the unmatched output holds them all)'
        : '';
    const one = unmatched.length === 1;
    const consequence = config.dryRun
        ? 'would not be uploaded'
        : `${one ? 'was' : 'were'} not uploaded`;
    const message = `${counted(unmatched.length, 'marker')} ${one ? 'is not a test case' : 'are not test cases'} of ${where} and ${consequence}: ${listed}${more}`;
    if (config.onUnmatched === 'fail')
        failures.push(message);
    else
        log_warning(message);
}
/** Time and memory at each stage, in the debug log (ACTIONS_STEP_DEBUG). */
function traceMemory(stage) {
    if (!isDebug())
        return;
    const { rss, heapUsed } = process.memoryUsage();
    core_debug(`${stage} at ${Math.round(performance.now())} ms: rss ${Math.round(rss / 2 ** 20)} MiB, heap ${Math.round(heapUsed / 2 ** 20)} MiB`);
}
function emptyPlan(reports) {
    return {
        results: [],
        unmatched: [],
        unmarkedTestCases: reports.groups.unmarkedTestCases
    };
}
async function writeSummary(upload, view) {
    const { config, projectCode, reports, summary } = upload;
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const html = renderSummary({
        projectCode,
        run: view.run,
        runUrl: view.runUrl,
        dryRun: config.dryRun,
        planned: view.plan.results,
        resultIds: view.resultIds ?? [],
        undecided: view.undecided ?? new Set(),
        unmatched: view.plan.unmatched,
        unmatchedIn: view.unmatchedIn,
        unmarkedTestCases: view.plan.unmarkedTestCases,
        testCaseCount: reports.testCases,
        reportFiles: reports.files,
        problems: reports.problems,
        failures: view.failures ?? [],
        linkedIssues: view.linkedIssues ?? [],
        statuses: view.statuses ?? DEFAULT_STATUSES,
        sourceLinks: view.sourceLinks
    });
    try {
        await summary_summary.addRaw(html).write();
    }
    catch (error) {
        // The results are posted; a summary file that cannot be written must not
        // hide why the step fails, or fail a step that succeeded.
        log_warning(`The job summary could not be written: ${errorMessage(error)}`);
        return;
    }
    summary.written = true;
}


/***/ }),

/***/ 27:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ withoutBufferDeprecation)
/* harmony export */ });
/**
 * Node prints its warnings to stderr, into the workflow log, where the
 * action's users can do nothing about them.
 */
/**
 * `emit` (process.emitWarning) without "[DEP0005] DeprecationWarning:
 * Buffer() is deprecated": the tunnel package, which @actions/http-client
 * takes through an HTTP proxy to an https:// URL, builds the
 * Proxy-Authorization header with `new Buffer()` when HTTPS_PROXY has a user
 * and password, and node warns about it for code not under node_modules, as
 * the bundle is not (node 20 and 24 alike). Every other warning still shows.
 */
function withoutBufferDeprecation(emit) {
    const pass = emit;
    return (warning, ...rest) => {
        const [typeOrOptions, code] = rest;
        const given = typeof typeOrOptions === 'object' && typeOrOptions !== null
            ? typeOrOptions.code
            : code;
        if (given === 'DEP0005')
            return;
        pass(warning, ...rest);
    };
}


/***/ }),

/***/ 613:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
