/** The name every Inbound and delivery update of this channel carries. */
export const WHATSAPP_CLOUD_CHANNEL = 'whatsapp-cloud';
