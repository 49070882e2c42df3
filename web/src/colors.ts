// Colours for event types (grouped by family: cooperation blue/green, verbal conflict amber,
// protest purple, material conflict red) and for the roles highlighted in a sentence.
export const TYPE_COLORS: Record<string, string> = {
  AGREE: '#2b8cbe', CONSULT: '#4eb3d3', SUPPORT: '#7bccc4', CONCEDE: '#a8ddb5', COOPERATE: '#41ab5d', AID: '#238b45',
  RETREAT: '#9ebcda', REQUEST: '#fdd49e', ACCUSE: '#fdbb84', REJECT: '#fc8d59', THREATEN: '#ef6548',
  PROTEST: '#8c6bb1', SANCTION: '#d7301f', MOBILIZE: '#b30000', COERCE: '#e7298a', ASSAULT: '#7f0000',
};

export const typeColor = (type: string) => TYPE_COLORS[type] ?? '#666666';

export const ROLE_LABELS: Record<string, string> = {
  actor: 'actor', recipient: 'recipient', location: 'place', time: 'time', magnitude: 'magnitude',
  trigger: 'trigger', attribution: 'source',
};
