/**
 * Transport for the federated protocol (federation.proto): bearer-token authentication (RFC 6750)
 * with {@link org.veil.federated.transport.TokenStore}, {@link org.veil.federated.transport.AuthInterceptor}
 * and {@link org.veil.federated.transport.BearerCredentials}; TLS 1.3 (RFC 8446) servers and channels on
 * Netty ({@link org.veil.federated.transport.ServerEndpoint}, {@link org.veil.federated.transport.ChannelFactory});
 * development certificates; and chunking of large tensors. No federated-learning logic lives here.
 * See docs/federated-transport.md.
 */
package org.veil.federated.transport;
