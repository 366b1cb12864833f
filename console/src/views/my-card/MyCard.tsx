import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';

export default function MyCard() {
  const { t } = useTranslation();
  return <Heading variant="h1">{t('myCard.title')}</Heading>;
}
