import { missingPaths } from './fetch-error-paths';

describe('the fields a failed subgraph fetch leaves missing', () => {
  it('are the root fields of a root fetch, by response name', () => {
    expect(missingPaths('query Q($id: ID!) { theatre: partner(id: $id) { id } offer(id: $id) { id } __typename }', { id: 'x' })).toEqual([['theatre'], ['offer']]);
  });

  it('are the fields of each representation of an entity fetch, through fragments of its type only', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Partner { __typename sportVenue { facilityTypes } ...More }
      ... on Area { statistics { uses } }
    } }
    fragment More on Partner { venues: sportVenue { accessibility } sportVenue { openingHours { weekday } } }`;
    const representations = [{ __typename: 'Partner', id: 'a' }, { __typename: 'Area', id: 'b' }];
    expect(missingPaths(query, { representations })).toEqual([
      ['_entities', 0, 'sportVenue'],
      ['_entities', 0, 'venues'],
      ['_entities', 1, 'statistics'],
    ]);
  });

  it('are none for an entity fetch without representations', () => {
    expect(missingPaths('query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Partner { id } } }', {})).toEqual([]);
  });
});
